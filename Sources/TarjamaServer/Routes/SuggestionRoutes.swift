import Foundation
import HTTPTypes
import Hummingbird
import Tarjama
import TarjamaText

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
        let id = try await state.segmentRowID(context)
        let store = state.store
        let suggester = state.glossary.snapshot.suggester
        let body = try await state.run { () throws -> SuggestionsBody in
            let (segment, previous, next) = try Self.segmentWithNeighbours(id, store)
            return try Suggestions.compute(
                for: segment.source, offset: segment.start, previous: previous, next: next,
                suggester: suggester, memory: store.memory, segment: segment.id, version: segment.version)
        }
        var response = try JSONBody.response(body)
        if let version = body.version { response.headers[.eTag] = "\"\(id)-\(version)\"" }
        return response
    }

    /// Applies a suggestion: a memory match replaces the draft; a term's preferred rendering
    /// replaces an alternative or forbidden rendering in the draft, and a number replaces the
    /// wrong figure that stands for it (``NumberRepair``), where they stand; either is inserted
    /// when the draft lacks it (at `at`, default the end). A draft that already has it is left
    /// as it is. The body lists each change with its offsets in the draft as it was.
    @Sendable func apply(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let id = try await state.segmentRowID(context)
        let input = try await request.decodeJSON(ApplyRequest.self, context: context)
        let version = try SegmentRoutes.expectedVersion(request, id: id, body: input.version)
        let store = state.store
        let suggester = state.glossary.snapshot.suggester
        let result = try await state.run { () throws -> ApplyBody in
            let (segment, previous, next) = try Self.segmentWithNeighbours(id, store)
            guard segment.version == version else { throw ProjectStoreError.conflict(current: segment) }
            let suggestions = try Suggestions.compute(
                for: segment.source, offset: segment.start, previous: previous, next: next,
                suggester: suggester, memory: store.memory)
            let edit = try Self.edit(segment, with: input, suggestions: suggestions)
            guard let change = edit, change.after != change.before || change.kind == "memory" else {
                return ApplyBody(changed: false, replaced: nil, changes: [], segment: SegmentBody(segment))
            }
            let target = Self.applying(change, to: segment.target)
            guard target != segment.target else {
                return ApplyBody(changed: false, replaced: nil, changes: [], segment: SegmentBody(segment))
            }
            let updated = try store.updateSegment(
                id, target: target, status: segment.status == .initial ? .translated : nil,
                expectedVersion: version, user: principal.user)
            let replaced = change.kind == "insert" || change.before.isEmpty ? nil : change.before
            return ApplyBody(changed: true, replaced: replaced, changes: [change], segment: SegmentBody(updated))
        }
        var response = try JSONBody.response(result)
        response.headers[.eTag] = result.segment.etag
        return response
    }

    /// The change applying the suggestion makes to the segment's draft; nil when the draft
    /// already has what it suggests.
    static func edit(
        _ segment: ProjectSegment, with input: ApplyRequest,
        suggestions: SuggestionsBody
    ) throws -> ApplyChangeBody? {
        let draft = segment.target
        let units = Array(draft.utf16)
        if let match = suggestions.memory.first(where: { $0.id == input.suggestion }) {
            return ApplyChangeBody(kind: "memory", start: 0, end: units.count, before: draft, after: match.target)
        }
        guard let term = suggestions.terms.first(where: { $0.id == input.suggestion }) else {
            throw APIError.notFound("the segment has no suggestion \(input.suggestion); get its suggestions again")
        }
        func offset(_ index: String.Index) -> Int { draft.utf16.distance(from: draft.startIndex, to: index) }
        let preferred = term.rendering
        if term.kind == "number" {
            let span = (term.start - segment.start)..<(term.end - segment.start)
            let fixes = try NumberRepair.fixes(source: segment.source, target: draft)
            if let fix = fixes.first(where: { $0.source.overlaps(span) }) {
                return ApplyChangeBody(
                    kind: "number", start: fix.target.lowerBound, end: fix.target.upperBound,
                    before: fix.found, after: fix.replacement)
            }
            let values = Set(EnglishNumberParser.shared.numbers(in: units).compactMap(\.value))
            if let value = Int(preferred.filter(\.isNumber)), values.contains(value) { return nil }
        } else {
            let wrong = (term.alternatives + (term.forbidden ?? [])).sorted { $0.count > $1.count }
            let protected = RenderingFinder.occurrences(of: preferred, in: draft)
            for rendering in wrong {
                for hit in RenderingFinder.occurrences(of: rendering, in: draft)
                where !protected.contains(where: { $0.overlaps(hit) }) {
                    let matched = String(draft[hit])
                    let inflection = matched.count > rendering.count ? String(matched.suffix(matched.count - rendering.count)) : ""
                    return ApplyChangeBody(
                        kind: "term", start: offset(hit.lowerBound), end: offset(hit.upperBound),
                        before: matched, after: preferred + inflection)
                }
            }
            if !protected.isEmpty { return nil }
        }
        if draft.trimmingCharacters(in: .whitespaces).isEmpty {
            return ApplyChangeBody(kind: "insert", start: 0, end: units.count, before: draft, after: preferred)
        }
        let at = input.at ?? units.count
        guard (0...units.count).contains(at) else {
            throw APIError.badRequest("\"at\" must be an offset inside the draft (0 to \(units.count))")
        }
        let before = String(decoding: units[..<at], as: UTF16.self)
        let after = String(decoding: units[at...], as: UTF16.self)
        let lead = before.isEmpty || before.hasSuffix(" ") ? "" : " "
        let trail = after.isEmpty || after.hasPrefix(" ") || after.first?.isPunctuation == true ? "" : " "
        return ApplyChangeBody(kind: "insert", start: at, end: at, before: "", after: lead + preferred + trail)
    }

    /// `draft` with `change` made.
    static func applying(_ change: ApplyChangeBody, to draft: String) -> String {
        let units = Array(draft.utf16)
        guard change.start >= 0, change.start <= change.end, change.end <= units.count else { return draft }
        return String(decoding: Array(units[..<change.start]) + Array(change.after.utf16) + Array(units[change.end...]), as: UTF16.self)
    }

    /// The segment and its neighbours' sources (context for 101% memory matches).
    static func segmentWithNeighbours(_ id: Int64, _ store: ProjectStore) throws -> (ProjectSegment, String?, String?) {
        let segment = try store.segment(id)
        let all = try store.segments(ofDocument: segment.documentID)
        guard let position = all.firstIndex(where: { $0.id == id }) else { throw ProjectStoreError.notFound(kind: "segment", id: id) }
        return (
            all[position], position > 0 ? all[position - 1].source : nil,
            position + 1 < all.count ? all[position + 1].source : nil
        )
    }
}
