import HTTPTypes
import Hummingbird
import Foundation
import NIOCore
import Tarjama
import TarjamaText

/// JSON in and out: one encoder configuration for every response, and request bodies read with
/// the size limit, checked as UTF-8 and decoded with messages that name what is wrong.
enum JSONBody {
    static let mediaType = "application/json; charset=utf-8"

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// `value` as a JSON response.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder().encode(value)
        return Response(status: status, headers: [.contentType: mediaType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Pre-rendered JSON text (records the library already writes as JSON) as a response.
    static func response(text: String, status: HTTPResponse.Status = .ok, contentType: String = mediaType) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension Request {
    /// The body, at most the context's limit (413 beyond it).
    func bytes(context: TarjamaRequestContext) async throws -> ByteBuffer {
        do {
            return try await body.collect(upTo: context.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge(limit: context.maxBodyBytes)
        }
    }

    /// The body as text: UTF-8 (a leading BOM dropped), never repaired; 400 naming the byte offset otherwise.
    func text(context: TarjamaRequestContext) async throws -> String {
        let buffer = try await bytes(context: context)
        var bytes = Array(buffer.readableBytesView)
        bytes.removeFirst(UTF8Input.byteOrderMarkLength(of: bytes))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = UTF8Input.firstInvalidPosition(in: bytes)?.byteOffset ?? 0
            throw APIError.badRequest("the body is not valid UTF-8 (first bad byte at offset \(offset))")
        }
        return text
    }

    /// The body decoded from JSON; 400 with the field or position when it is malformed.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: TarjamaRequestContext) async throws -> T {
        let text = try await text(context: context)
        guard !text.isEmpty else { throw APIError.badRequest("the request needs a JSON body") }
        return try JSONBody.decode(T.self, from: text)
    }
}

extension JSONBody {
    /// `text` decoded from JSON; 400 with the field or position when it is malformed.
    ///
    /// The text is first read by the library's strict parser, the one the command line's JSONL
    /// readers use: `JSONDecoder` would take `{"text":"a","text":"b"}` and silently keep one.
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let bytes = Array(text.utf8)
        do {
            _ = try JSONValue(parsing: bytes)
        } catch {
            throw APIError.badRequest("the body is not valid JSON: \(error.description)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw APIError.badRequest(describe(error))
        }
    }
}

extension APIError {
    static func payloadTooLarge(limit: Int) -> APIError {
        APIError(
            .contentTooLarge, code: "payload_too_large",
            message: "the request body is larger than the limit of \(limit) bytes (--max-body)")
    }
}

extension JSONBody {
    /// A message for a decoding error naming the field, never the value.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the body" : "\"" + keys.joined(separator: ".") + "\""
        }
        switch error {
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return "the body is not valid JSON" }
            return "\(path(context)) has an invalid value"
        case let .keyNotFound(key, context):
            let parent = context.codingPath.isEmpty ? "" : " in \(path(context))"
            return "the field \"\(key.stringValue)\" is missing\(parent)"
        case let .typeMismatch(type, context):
            return "\(path(context)) must be \(JSONBody.typeName(type))"
        case let .valueNotFound(type, context):
            return "\(path(context)) must be \(JSONBody.typeName(type)), not null"
        @unknown default:
            return "the body does not match the expected JSON"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
