import Foundation
import HTTPTypes
import Hummingbird
import Tarjama

/// `GET /v1/segments/{id}/suggestions` (glossary terms, numbers, names, memory matches) and
/// `POST /v1/segments/{id}/apply` (one of them into the draft).
struct SuggestionRoutes {
    let state: ServerState

    func register(on segments: RouterGroup<TarjamaRequestContext>) {
        segments.get(":id/suggestions", use: suggestions)
        segments.post(":id/apply", use: apply)
    }

    @Sendable func suggestions(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let id = try context.rowID()
        let store = state.store
        let suggester = state.glossary.snapshot.suggester
        let body = try await state.run { () throws -> SuggestionsBody in
            let (segment, previous, next) = try Self.segmentWithNeighbours(id, store)
            return try Suggestions.compute(for: segment.source, offset: segment.start, previous: previous, next: next,
                                           suggester: suggester, memory: store.memory, segment: segment.id, version: segment.version)
        }
        var response = try JSONBody.response(body)
        if let version = body.version { response.headers[.eTag] = "\"\(id)-\(version)\"" }
        return response
    }

    /// Applies a suggestion: a memory match replaces the draft; a term's preferred rendering
    /// replaces an alternative or forbidden rendering in the draft, or is inserted when missing
    /// (at `at`, default the end). A draft that already has it is left as it is.
    @Sendable func apply(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let id = try context.rowID()
        let input = try await request.decodeJSON(ApplyRequest.self, context: context)
        let version = try SegmentRoutes.expectedVersion(request, id: id, body: input.version)
        let store = state.store
        let suggester = state.glossary.snapshot.suggester
        let result = try await state.run { () throws -> ApplyBody in
            let (segment, previous, next) = try Self.segmentWithNeighbours(id, store)
            guard segment.version == version else { throw ProjectStoreError.conflict(current: segment) }
            let suggestions = try Suggestions.compute(for: segment.source, offset: segment.start, previous: previous, next: next,
                                                      suggester: suggester, memory: store.memory)
            let edit = try Self.edit(segment.target, with: input, suggestions: suggestions, glossary: suggester.glossary)
            guard edit.target != segment.target else {
                return ApplyBody(changed: false, replaced: nil, segment: SegmentBody(segment))
            }
            let updated = try store.updateSegment(id, target: edit.target, status: segment.status == .initial ? .translated : nil,
                                                  expectedVersion: version, user: principal.user)
            return ApplyBody(changed: true, replaced: edit.replaced, segment: SegmentBody(updated))
        }
        var response = try JSONBody.response(result)
        response.headers[.eTag] = result.segment.etag
        return response
    }

    /// The draft after applying the suggestion, and the text it replaced.
    static func edit(_ draft: String, with input: ApplyRequest, suggestions: SuggestionsBody,
                     glossary: Glossary) throws -> (target: String, replaced: String?) {
        if let match = suggestions.memory.first(where: { $0.id == input.suggestion }) {
            return (match.target, draft.isEmpty ? nil : draft)
        }
        guard let term = suggestions.terms.first(where: { $0.id == input.suggestion }) else {
            throw APIError.notFound("the segment has no suggestion \(input.suggestion); get its suggestions again")
        }
        let preferred = term.rendering
        var target = draft
        let wrong = (term.alternatives + (term.forbidden ?? [])).sorted { $0.count > $1.count }
        let protected = RenderingFinder.occurrences(of: preferred, in: target)
        for rendering in wrong {
            for hit in RenderingFinder.occurrences(of: rendering, in: target).reversed()
            where !protected.contains(where: { $0.overlaps(hit) }) {
                let matched = String(target[hit])
                let inflection = matched.count > rendering.count ? String(matched.suffix(matched.count - rendering.count)) : ""
                target.replaceSubrange(hit, with: preferred + inflection)
                return (target, matched)
            }
        }
        if !protected.isEmpty { return (draft, nil) }
        if target.trimmingCharacters(in: .whitespaces).isEmpty { return (preferred, nil) }
        let units = Array(target.utf16)
        let at = input.at ?? units.count
        guard (0...units.count).contains(at) else {
            throw APIError.badRequest("\"at\" must be an offset inside the draft (0 to \(units.count))")
        }
        let before = String(decoding: units[..<at], as: UTF16.self)
        let after = String(decoding: units[at...], as: UTF16.self)
        let lead = before.isEmpty || before.hasSuffix(" ") ? "" : " "
        let trail = after.isEmpty || after.hasPrefix(" ") || after.first?.isPunctuation == true ? "" : " "
        return (before + lead + preferred + trail + after, nil)
    }

    /// The segment and its neighbours' sources (context for 101% memory matches).
    static func segmentWithNeighbours(_ id: Int64, _ store: ProjectStore) throws -> (ProjectSegment, String?, String?) {
        let segment = try store.segment(id)
        let all = try store.segments(ofDocument: segment.documentID)
        guard let position = all.firstIndex(where: { $0.id == id }) else { throw ProjectStoreError.notFound(kind: "segment", id: id) }
        return (all[position], position > 0 ? all[position - 1].source : nil,
                position + 1 < all.count ? all[position + 1].source : nil)
    }
}
