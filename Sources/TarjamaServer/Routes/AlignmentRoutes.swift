import HTTPTypes
import Foundation
import Hummingbird
import Tarjama

/// `POST /v1/alignments`: aligns an uploaded document pair; answers the pairs as bilingual
/// records (`?format=json`, default), JSONL, or TMX, and can add them to the memory.
struct AlignmentRoutes {
    let state: ServerState

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        group.post("alignments", use: align)
    }

    @Sendable func align(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.translator)
        let input = try await request.decodeJSON(AlignmentRequest.self, context: context)
        if input.addToMemory == true { try context.require(.admin) }
        let format = request.uri.queryParameters.get("format") ?? "json"
        guard ["json", "jsonl", "tmx"].contains(format) else { throw APIError.badRequest("format must be json, jsonl or tmx") }
        let name = input.name ?? "aligned"
        guard !name.isEmpty, name.count <= 100,
            name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }),
            !name.hasPrefix(".")
        else {
            throw APIError.badRequest("\"name\" may hold letters, digits, - _ and . only")
        }
        for (field, text) in [("source", input.source), ("target", input.target)]
        where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw APIError.badRequest("\"\(field)\" is empty")
        }
        try BidiCheck.require(input.source, field: "source")
        try BidiCheck.require(input.target, field: "target")
        let sourceLanguage = input.sourceLang ?? "ar"
        let targetLanguage = input.targetLang ?? "en"
        let matcher = state.glossary.snapshot.suggester.matcher
        let memory = state.memory
        let user = context.principal?.user
        let addToMemory = input.addToMemory == true
        let (records, added, file) = try await state.run { () throws -> ([BilingualRecord], Int?, StreamedFile?) in
            // The bodies are read where they are, named by their request field in any message.
            let job = AlignmentJob(
                documents: [
                    (
                        .bytes(Array(input.source.utf8), documentName: name, label: "\"source\""),
                        .bytes(Array(input.target.utf8), documentName: "target-\(name)", label: "\"target\"")
                    )
                ],
                aligner: DocumentPairAligner(
                    sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                    format: .plain, glossary: matcher))
            let records = try job.run().records
            var added: Int?
            if addToMemory {
                added = try memory.importBilingual(
                    records: records, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                    origin: .aligned, user: user
                ).unitsAdded
            }
            var file: StreamedFile?
            if format == "tmx" {
                let export = try StreamedFile(suffix: ".tmx")
                _ = try AlignmentTMXExport.write(records, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, to: export.path)
                file = export
            }
            return (records, added, file)
        }
        switch format {
        case "tmx":
            guard let file else { throw APIError.internalError() }
            return file.response(contentType: "application/x-tmx+xml; charset=utf-8", filename: "\(name).tmx")
        case "jsonl":
            return JSONBody.response(text: records.map { $0.jsonLine + "\n" }.joined(), contentType: "application/x-ndjson; charset=utf-8")
        default:
            var object = JSONObject()
            object["count"] = .number(records.count)
            if let added { object["addedToMemory"] = .number(added) }
            object["pairs"] = .array(records.map { .object($0.jsonObject) })
            return JSONBody.response(text: JSONValue.object(object).jsonText)
        }
    }
}
