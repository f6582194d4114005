import HTTPTypes
public import Hummingbird
import Foundation

/// An error answered as JSON: `{"error":{"status","code","message"},"current":{...}}`.
///
/// Messages say what to do; they never carry segment or glossary text (a 409 carries the current
/// segment in `current`, which is data the caller may read, not part of the message).
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// A stable, machine-readable name: not_found, conflict, bad_request, ...
    public var code: String
    public var message: String
    /// The current state of the resource, on a conflict.
    public var current: SegmentBody?
    /// The QA findings that refused a confirmation (422 `qa_errors`).
    public var findings: [QAFindingBody]?
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, message: String, current: SegmentBody? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.current = current
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, code: "bad_request", message: message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, code: "not_found", message: message) }
    static func unauthorized(_ message: String) -> APIError {
        var error = APIError(.unauthorized, code: "unauthorized", message: message)
        error.headers[.wwwAuthenticate] = "Bearer realm=\"tarjama\""
        return error
    }
    static func internalError() -> APIError {
        APIError(.internalServerError, code: "internal", message: "the service failed; the log has the details")
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var code: String
            var message: String
        }
        var error: Detail
        var current: SegmentBody?
        var findings: [QAFindingBody]?
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(error: .init(status: status.code, code: code, message: message), current: current, findings: findings)
        var response = try JSONBody.response(body, status: status)
        response.headers.append(contentsOf: headers)
        if let current { response.headers[.eTag] = current.etag }
        return response
    }
}
