import Foundation
import Hummingbird
import Tarjama

/// How a segment route names its segment: by row id (`/v1/segments/17`), or by the segment id
/// `<document name>:<n>` of ARCHITECTURE.md (`/v1/segments/bulletin:1`, the name
/// percent-encoded), which is what exports, memories and the CLI show.
enum SegmentReference: Sendable, Equatable {
    case row(Int64)
    case segmentID(String)

    /// Reads the `:id` path parameter; 404 when it is neither a positive row id nor `<name>:<n>`.
    init(_ context: TarjamaRequestContext) throws {
        let raw = try context.parameters.require("id")
        let text = raw.removingPercentEncoding ?? raw
        if let id = Int64(text) {
            guard id > 0 else { throw APIError.notFound("ids are positive whole numbers") }
            self = .row(id)
        } else if text.contains(":") {
            self = .segmentID(text)
        } else {
            throw APIError.notFound("a segment is named by its row id or its segment id <document name>:<n>")
        }
    }
}

extension ServerState {
    /// The row id of the segment a route's `:id` names, looking a `<name>:<n>` id up in the store.
    func segmentRowID(_ context: TarjamaRequestContext) async throws -> Int64 {
        switch try SegmentReference(context) {
        case let .row(id):
            return id
        case let .segmentID(segmentID):
            let store = self.store
            return try await run { try store.segmentRowID(segmentID: segmentID) }
        }
    }
}
