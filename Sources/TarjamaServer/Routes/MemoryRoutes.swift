import HTTPTypes
import Foundation
import Hummingbird
import Tarjama

/// `/v1/memory`: fuzzy lookup, concordance, TMX import and streamed TMX export.
struct MemoryRoutes {
    let state: ServerState

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        let memory = group.group("memory")
        memory.get("lookup", use: lookup)
        memory.get("concordance", use: concordance)
        memory.post("import", use: importTMX)
        memory.get("export", use: export)
    }

    @Sendable func lookup(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let query = try request.requiredQuery("q")
        let minimum = try request.integer("min", default: 50, range: FuzzyMatch.percentages)
        let limit = try request.integer("limit", default: 5, range: 1...50)
        let previous = try request.textQuery("previous")
        let next = try request.textQuery("next")
        let memory = state.memory
        let matches = try await state.run {
            let context = previous != nil || next != nil ? SegmentContext(previous: previous, next: next) : nil
            return try memory.lookup(query, context: context, minimum: minimum, limit: limit)
        }
        let bodies = matches.map { MemoryMatchBody($0, number: nil) }
        return try JSONBody.response(LookupBody(count: bodies.count, matches: bodies))
    }

    @Sendable func concordance(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let phrase = try request.requiredQuery("q")
        let limit = try request.integer("limit", default: 50, range: 1...500)
        let sideName = request.uri.queryParameters.get("side") ?? "both"
        guard let side = ConcordanceSide(rawValue: sideName) else { throw APIError.badRequest("side must be source, target or both") }
        let memory = state.memory
        let hits = try await state.run { try memory.concordance(phrase, side: side, limit: limit) }
        return try JSONBody.response(ConcordanceBody(count: hits.count, hits: hits.map(ConcordanceHitBody.init)))
    }

    /// Imports a TMX body: units already there are skipped; a malformed or cut-off file is 400 and adds nothing.
    @Sendable func importTMX(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.admin)
        let body = try await request.bytes(context: context)
        guard body.readableBytes > 0 else { throw APIError.badRequest("the request needs a TMX body") }
        let memory = state.memory
        // Read where it is; messages call it upload.tmx.
        let report = try await state.run { try memory.importTMX(bytes: Array(body.readableBytesView), name: "upload.tmx") }
        return try JSONBody.response(MemoryImportBody(read: report.unitsRead, added: report.unitsAdded, duplicates: report.duplicates))
    }

    /// The whole memory as TMX 1.4b, written to a temporary file and streamed in chunks.
    @Sendable func export(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let memory = state.memory
        let file = try await state.run { () throws -> StreamedFile in
            let file = try StreamedFile(suffix: ".tmx")
            _ = try memory.exportTMX(to: file.path)
            return file
        }
        return file.response(contentType: "application/x-tmx+xml; charset=utf-8", filename: "memory.tmx")
    }
}
