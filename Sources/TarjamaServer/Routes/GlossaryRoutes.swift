import HTTPTypes
import Foundation
import Hummingbird
import Tarjama

/// `/v1/glossary`: list, search in any spelling, add, edit, remove, import TSV/TBX.
struct GlossaryRoutes {
    let state: ServerState

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        let glossary = group.group("glossary")
        glossary.get(use: list)
        glossary.get("search", use: search)
        glossary.post("entries", use: add)
        glossary.get("entries/:source", use: get)
        glossary.put("entries/:source", use: replace)
        glossary.delete("entries/:source", use: remove)
        glossary.post("import", use: importFile)
    }

    private var service: GlossaryService { state.glossary }

    @Sendable func list(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        var wanted: TermType?
        if let type = request.uri.queryParameters.get("type") {
            guard let parsed = TermType(fileValue: type) else {
                throw APIError.badRequest("type must be one of \(TermType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            wanted = parsed
        }
        let snapshot = service.snapshot
        var entries: [GlossaryEntryBody] = []
        for (index, entry) in snapshot.glossary.entries.enumerated() where wanted == nil || entry.type == wanted {
            entries.append(GlossaryEntryBody(entry, file: snapshot.files[index]))
        }
        entries.sort { $0.source.unicodeScalars.lexicographicallyPrecedes($1.source.unicodeScalars) }
        return try JSONBody.response(GlossaryListBody(count: entries.count, entries: entries))
    }

    /// Arabic queries match in any spelling (hamza, ta marbuta, clitics, variants); a Latin query
    /// finds the entries whose renderings contain it.
    @Sendable func search(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let query = try request.requiredQuery("q")
        let snapshot = service.snapshot
        let hits = try await state.run { () throws -> [GlossaryHitBody] in
            var hits: [GlossaryHitBody] = []
            var seen = Set<Int>()
            for match in try snapshot.suggester.matcher.matches(in: query) where seen.insert(match.entryIndex).inserted {
                hits.append(
                    GlossaryHitBody(
                        match: match.kind.rawValue, clitics: match.clitics.isEmpty ? nil : match.clitics,
                        start: match.range.lowerBound, end: match.range.upperBound,
                        entry: GlossaryEntryBody(
                            snapshot.glossary.entries[match.entryIndex],
                            file: snapshot.files[match.entryIndex])))
            }
            let needle = query.lowercased()
            if query.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
                for (index, entry) in snapshot.glossary.entries.enumerated()
                where !seen.contains(index)
                    && entry.acceptedRenderings.contains(where: { $0.lowercased().contains(needle) })
                {
                    hits.append(
                        GlossaryHitBody(
                            match: "rendering", clitics: nil, start: nil, end: nil,
                            entry: GlossaryEntryBody(entry, file: snapshot.files[index])))
                }
            }
            return hits
        }
        return try JSONBody.response(GlossarySearchBody(count: hits.count, hits: hits))
    }

    @Sendable func get(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let source = try context.glossarySource()
        let snapshot = service.snapshot
        guard let index = snapshot.glossary.index(of: source) else { throw APIError.notFound("no glossary entry with that source term") }
        return try JSONBody.response(GlossaryEntryBody(snapshot.glossary.entries[index], file: snapshot.files[index]))
    }

    /// Adds an entry; one already there with the same rendering gets the new lists merged, with
    /// another rendering 409 unless `replace=true`.
    @Sendable func add(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.admin)
        let entry = try await request.decodeJSON(GlossaryEntryBody.self, context: context).entry()
        let replacing = request.flag("replace")
        let service = service
        let summary = try await state.run {
            try service.add([GlossaryTSV.Row(entry: entry, line: 1)], origin: "request", replacing: replacing)
        }
        let snapshot = service.snapshot
        guard let index = snapshot.glossary.index(of: entry.source) else { throw APIError.internalError() }
        let body = GlossaryEntryBody(snapshot.glossary.entries[index], file: snapshot.files[index])
        return try JSONBody.response(body, status: summary.added > 0 ? .created : .ok)
    }

    /// Replaces the entry for the path's term (any spelling) with the body; the body may rename it.
    @Sendable func replace(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.admin)
        let source = try context.glossarySource()
        let entry = try await request.decodeJSON(GlossaryEntryBody.self, context: context).entry()
        let service = service
        try await state.run {
            try service.edit { entries in
                let key = Glossary.key(of: source)
                let newKey = Glossary.key(of: entry.source)
                let index = entries.firstIndex { Glossary.key(of: $0.source) == key }
                if newKey != key, entries.contains(where: { Glossary.key(of: $0.source) == newKey }) {
                    throw APIError(.conflict, code: "conflict", message: "another entry already has the new source term")
                }
                if let index {
                    entries[index] = entry
                } else if service.snapshot.glossary.index(of: source) != nil {
                    // The entry lives in a lower-precedence file: the edit file overrides it.
                    entries.append(entry)
                } else {
                    throw APIError.notFound("no glossary entry with that source term")
                }
            }
        }
        let snapshot = service.snapshot
        guard let index = snapshot.glossary.index(of: entry.source) else { throw APIError.internalError() }
        return try JSONBody.response(GlossaryEntryBody(snapshot.glossary.entries[index], file: snapshot.files[index]))
    }

    @Sendable func remove(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.admin)
        let source = try context.glossarySource()
        let service = service
        try await state.run {
            try service.edit { entries in
                let key = Glossary.key(of: source)
                guard let index = entries.firstIndex(where: { Glossary.key(of: $0.source) == key }) else {
                    if service.snapshot.glossary.index(of: source) != nil {
                        throw APIError(
                            .conflict, code: "read_only_file",
                            message: "the entry comes from a glossary file the service does not edit; only \(service.editFile) is edited")
                    }
                    throw APIError.notFound("no glossary entry with that source term")
                }
                entries.remove(at: index)
            }
        }
        return Response(status: .noContent)
    }

    /// Imports a TSV (canonical, with header) or TBX body: `?format=tsv|tbx&replace=true`.
    @Sendable func importFile(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.admin)
        let formatName = request.uri.queryParameters.get("format")?.lowercased() ?? "tsv"
        guard formatName == "tsv" || formatName == "tbx" else { throw APIError.badRequest("format must be tsv or tbx") }
        let sourceLanguage = request.uri.queryParameters.get("sourceLang") ?? "ar"
        let targetLanguage = request.uri.queryParameters.get("targetLang") ?? "en"
        let replacing = request.flag("replace")
        let service = service
        let summary: GlossaryEditor.Summary
        if formatName == "tsv" {
            let text = try await request.text(context: context)
            summary = try await state.run {
                let rows = try GlossaryTSV.parse(text, file: "upload.tsv")
                return try service.add(rows, origin: "upload.tsv", replacing: replacing)
            }
        } else {
            let data = Data(try await request.bytes(context: context).readableBytesView)
            summary = try await state.run {
                let rows = try TBXReader.parse(data, file: "upload.tbx", sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                return try service.add(rows, origin: "upload.tbx", replacing: replacing)
            }
        }
        return try JSONBody.response(
            GlossaryImportBody(
                file: (service.editFile as NSString).lastPathComponent, added: summary.added,
                merged: summary.merged, replaced: summary.replaced))
    }
}
