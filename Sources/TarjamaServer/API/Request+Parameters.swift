import Foundation
import Hummingbird

extension Request {
    /// A query parameter that must be present and not blank; 400 otherwise.
    func requiredQuery(_ name: String) throws -> String {
        guard let value = uri.queryParameters.get(name), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badRequest("the query parameter \(name) is required")
        }
        return value
    }

    /// Whether a query flag is `true` (or 1, yes).
    func flag(_ name: String) -> Bool {
        guard let value = uri.queryParameters.get(name) else { return false }
        return value == "true" || value == "1" || value == "yes"
    }

    /// A whole-number query parameter in `range`, `value` when absent; 400 otherwise.
    func integer(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = uri.queryParameters.get(name) else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw APIError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}

extension TarjamaRequestContext {
    /// The `:id` path parameter as a row id; 404 when it is not a positive number (no such resource).
    func rowID() throws -> Int64 {
        guard let id = parameters.get("id", as: Int64.self), id > 0 else {
            throw APIError.notFound("ids are positive whole numbers")
        }
        return id
    }

    /// The `:source` path parameter (a glossary term), percent-decoded.
    func glossarySource() throws -> String {
        let raw = try parameters.require("source")
        return raw.removingPercentEncoding ?? raw
    }
}
