import Foundation
import HTTPTypes
import Hummingbird
import Tarjama

/// `/v1/documents`: upload (segmented on arrival), list, show, delete, list segments, export.
struct DocumentRoutes {
    let state: ServerState

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        let documents = group.group("documents")
        documents.post(use: upload)
        documents.get(use: list)
        documents.get(":id", use: show)
        documents.delete(":id", use: remove)
        documents.get(":id/segments", use: segments)
        documents.get(":id/export", use: export)
    }

    /// JSON `{"name","content","format","sourceLang","targetLang","reflow"}`, or the file itself as
    /// the body with `?name=&format=text|srt|webvtt&reflow=auto|on|off`; the answer's `layout` says
    /// whether line breaks were read as spaces (`reflow`) or kept (`lines`). A name the store refuses is 400 `invalid_name`;
    /// one another document has (in NFC) 409 `name_taken`.
    @Sendable func upload(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let upload: DocumentUploadRequest
        if request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true {
            upload = try await request.decodeJSON(DocumentUploadRequest.self, context: context)
        } else {
            let name = try request.requiredQuery("name")
            upload = DocumentUploadRequest(
                name: name, content: try await request.text(context: context),
                format: request.uri.queryParameters.get("format"),
                sourceLang: request.uri.queryParameters.get("sourceLang"),
                targetLang: request.uri.queryParameters.get("targetLang"),
                reflow: request.uri.queryParameters.get("reflow"))
        }
        do throws(ProjectStoreError) {
            _ = try ProjectStore.checkedDocumentName(upload.name)
        } catch {
            throw APIError(.badRequest, code: "invalid_name", message: error.description)
        }
        let formatName = upload.format?.lowercased() ?? "text"
        guard let format = UploadFormat(rawValue: formatName == "vtt" ? "webvtt" : formatName) else {
            throw APIError.badRequest("format must be text, srt or webvtt")
        }
        guard let reflow = ReflowChoice(rawValue: upload.reflow?.lowercased() ?? "auto") else {
            throw APIError.badRequest("reflow must be auto, on or off")
        }
        let store = state.store
        let document = try await state.run {
            try store.addDocument(
                name: upload.name, content: upload.content, format: format,
                sourceLanguage: upload.sourceLang ?? "ar", targetLanguage: upload.targetLang ?? "en",
                user: principal.user, reflow: reflow)
        }
        var response = try JSONBody.response(DocumentBody(document), status: .created)
        response.headers[.location] = "/v1/documents/\(document.id)"
        return response
    }

    @Sendable func list(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let store = state.store
        let documents = try await state.run { try store.documents() }
        return try JSONBody.response(DocumentListBody(count: documents.count, documents: documents.map(DocumentBody.init)))
    }

    @Sendable func show(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let id = try context.rowID()
        let store = state.store
        return try JSONBody.response(DocumentBody(try await state.run { try store.document(id) }))
    }

    @Sendable func remove(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.admin)
        let id = try context.rowID()
        let store = state.store
        try await state.edit { try store.deleteDocument(id) }
        return Response(status: .noContent)
    }

    @Sendable func segments(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let id = try context.rowID()
        let store = state.store
        let segments = try await state.run { try store.segments(ofDocument: id) }
        return try JSONBody.response(SegmentListBody(document: id, count: segments.count, segments: segments.map(SegmentBody.init)))
    }

    /// `?format=tmx|xliff|srt|webvtt|jsonl`: TMX holds the pairs with a draft; XLIFF 2.1 and JSONL
    /// every segment; SRT/WebVTT the drafts (or sources) with their cue times.
    @Sendable func export(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let id = try context.rowID()
        let format = request.uri.queryParameters.get("format")?.lowercased() ?? "jsonl"
        guard ["tmx", "xliff", "srt", "webvtt", "vtt", "jsonl"].contains(format) else {
            throw APIError.badRequest("format must be tmx, xliff, srt, webvtt or jsonl")
        }
        let store = state.store
        let (document, file, lines) = try await state.run { () throws -> (ProjectDocument, StreamedFile?, String?) in
            let document = try store.document(id)
            switch format {
            case "jsonl":
                return (document, nil, try store.records(ofDocument: id).map { $0.jsonLine + "\n" }.joined())
            case "tmx":
                let file = try StreamedFile(suffix: ".tmx")
                _ = try AlignmentTMXExport.write(
                    try store.records(ofDocument: id), sourceLanguage: document.sourceLanguage,
                    targetLanguage: document.targetLanguage, to: file.path)
                return (document, file, nil)
            case "xliff":
                let file = try StreamedFile(suffix: ".xlf")
                try XLIFFWriter.write(
                    try store.records(ofDocument: id), to: file.path, sourceLanguage: document.sourceLanguage,
                    targetLanguage: document.targetLanguage, original: document.name)
                return (document, file, nil)
            default:
                let items = try store.subtitleItems(ofDocument: id)
                guard !items.isEmpty else {
                    throw APIError.badRequest("document \(id) has no cue times (it was uploaded as text); export it as tmx, xliff or jsonl")
                }
                let file = try StreamedFile(suffix: format == "srt" ? ".srt" : ".vtt")
                try SubtitleWriter.write(items, format: format == "srt" ? .srt : .webvtt, to: file.path)
                return (document, file, nil)
            }
        }
        if let lines {
            return JSONBody.response(text: lines, contentType: "application/x-ndjson; charset=utf-8")
        }
        guard let file else { throw APIError.internalError() }
        let (contentType, suffix) =
            switch format {
            case "tmx": ("application/x-tmx+xml; charset=utf-8", "tmx")
            case "xliff": ("application/xliff+xml; charset=utf-8", "xlf")
            case "srt": ("application/x-subrip; charset=utf-8", "srt")
            default: ("text/vtt; charset=utf-8", "vtt")
            }
        return file.response(contentType: contentType, filename: "\(document.name).\(suffix)")
    }
}
