import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Tarjama
import TarjamaText

/// Turns every error into a JSON error body: library errors become 400/404/409 with their
/// (text-free) description, anything unexpected a 500 whose details go to the log only.
struct ErrorMiddleware: RouterMiddleware {
    let routes: RouteTable

    func handle(
        _ request: Request, context: TarjamaRequestContext,
        next: (Request, TarjamaRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // The router found no route: a known path with another method is 405.
            if let methods = routes.methods(for: request.uri.path), !methods.contains(request.method.rawValue) {
                var notAllowed = APIError(
                    .methodNotAllowed, code: "method_not_allowed",
                    message: "\(request.method.rawValue) is not allowed here; use \(methods.joined(separator: ", "))")
                notAllowed.headers[.allow] = methods.joined(separator: ", ")
                return try notAllowed.response(from: request, context: context)
            }
            return try Self.apiError(for: error).response(from: request, context: context)
        } catch {
            let mapped = Self.apiError(for: error)
            if mapped.status == .internalServerError {
                context.logger.error(
                    "request failed",
                    metadata: [
                        "path": .string(AccessLogMiddleware.loggedPath(request, context)),
                        "error": .string(String(describing: error)),
                    ])
            }
            return try mapped.response(from: request, context: context)
        }
    }

    static func apiError(for error: any Error) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as HTTPError:
            let code =
                switch error.status {
                case .notFound: "not_found"
                case .methodNotAllowed: "method_not_allowed"
                case .contentTooLarge: "payload_too_large"
                default: "bad_request"
                }
            let message = error.body ?? (error.status == .notFound ? "no such resource; see /v1/openapi.json" : error.status.reasonPhrase)
            var mapped = APIError(error.status, code: code, message: message)
            mapped.headers = error.headers
            return mapped
        case is NIOTooManyBytesError:
            return APIError(.contentTooLarge, code: "payload_too_large", message: "the request body is larger than the limit (--max-body)")
        case let error as ProjectStoreError:
            return projectError(error)
        case let error as GlossaryError:
            return glossaryError(error)
        case let error as MemoryStoreError:
            switch error {
            case .invalidUnit, .importFailed, .unreadableInput:
                return .badRequest(error.description)
            case .cannotOpen, .noSuchMemory, .incompatible, .database, .unwritableOutput:
                return .internalError()
            }
        case let error as AlignmentInputError:
            return .badRequest(error.description)
        case let error as TextInputError:
            return .badRequest(error.description)
        case let error as NormalizationError:
            return .badRequest(error.description)
        default:
            return .internalError()
        }
    }

    private static func projectError(_ error: ProjectStoreError) -> APIError {
        switch error {
        case .notFound, .noSuchSegmentID:
            return .notFound(error.description)
        case let .conflict(current):
            return APIError(.conflict, code: "conflict", message: error.description, current: SegmentBody(current))
        case .invalidInput:
            return .badRequest(error.description)
        case .nameTaken:
            return APIError(.conflict, code: "name_taken", message: error.description)
        case let .memory(memoryError):
            return apiError(for: memoryError)
        case .database:
            return .internalError()
        }
    }

    private static func glossaryError(_ error: GlossaryError) -> APIError {
        let message = error.description
        switch error {
        case .noSuchEntry:
            return .notFound("no glossary entry with that source term")
        case .termExists:
            return APIError(
                .conflict, code: "conflict",
                message:
                    "the term is already in the glossary with another rendering; send replace=true to change it, or add the rendering as an alternative"
            )
        case .conflict:
            return APIError(.conflict, code: "conflict", message: message)
        case .cannotWrite, .ambiguousFile, .noGlossaryFiles:
            return .internalError()
        case .cannotRead:
            return .internalError()
        case .empty, .badHeader, .unknownColumn, .missingColumn, .extraColumns, .emptyField, .invalidValue, .malformed,
            .truncated, .unsafe, .unrepresentable, .languageNotInFile:
            return .badRequest(message)
        }
    }
}
