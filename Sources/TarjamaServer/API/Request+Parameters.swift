import Foundation
import Hummingbird

extension Request {
    /// A free-text query parameter that must be present and not blank; 400 otherwise.
    func requiredQuery(_ name: String) throws -> String {
        guard let value = try textQuery(name), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badRequest("the query parameter \(name) is required")
        }
        return value
    }

    /// A free-text query parameter (a search phrase, a neighbouring segment), decoded the way
    /// browsers and HTTP libraries encode forms: `+` is a space, `%2B` a plus. Hummingbird's own
    /// decoding keeps `+`, which turned "ريف+حماة" into one word that matches nothing.
    /// 400 when the percent-encoding does not decode to UTF-8.
    func textQuery(_ name: String) throws -> String? {
        guard let query = uri.query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts[0] == name else { continue }
            let raw = parts.count > 1 ? parts[1].replacingOccurrences(of: "+", with: " ") : ""
            guard let value = raw.removingPercentEncoding else {
                throw APIError.badRequest("the query parameter \(name) is not percent-encoded UTF-8")
            }
            return value
        }
        return nil
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
