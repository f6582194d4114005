import Foundation
import HTTPTypes
import Hummingbird
import Tarjama

/// `/v1/segments/{id}`: read with an ETag; edit, split, merge and confirm with optimistic
/// versioning (If-Match, or `version` in the body): a stale version is 409 with the current segment.
struct SegmentRoutes {
    let state: ServerState

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        let segments = group.group("segments")
        segments.get(":id", use: show)
        segments.patch(":id", use: edit)
        segments.post(":id/split", use: split)
        segments.post(":id/merge", use: merge)
        segments.post(":id/confirm", use: confirm)
        segments.post(":id/check", use: check)
        SuggestionRoutes(state: state).register(on: segments)
    }

    @Sendable func show(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let id = try await state.segmentRowID(context)
        let store = state.store
        let segment = try await state.run { try store.segment(id) }
        if request.headers[.ifNoneMatch] == segment.etag {
            return Response(status: .notModified, headers: [.eTag: segment.etag])
        }
        return try Self.response(segment)
    }

    @Sendable func edit(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let id = try await state.segmentRowID(context)
        let patch = try await request.decodeJSON(SegmentPatch.self, context: context)
        let version = try Self.expectedVersion(request, id: id, body: patch.version)
        let status = patch.status.map { BilingualStatus(rawValue: $0) }
        let store = state.store
        let segment = try await state.edit {
            try store.updateSegment(id, target: patch.target, status: status, expectedVersion: version, user: principal.user)
        }
        return try Self.response(segment)
    }

    @Sendable func split(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let id = try await state.segmentRowID(context)
        let body = try await request.decodeJSON(SplitRequest.self, context: context)
        let version = try Self.expectedVersion(request, id: id, body: body.version)
        let store = state.store
        let parts = try await state.edit {
            try store.splitSegment(id, at: body.offset, expectedVersion: version, user: principal.user)
        }
        return try JSONBody.response(SplitBody(segments: parts.map(SegmentBody.init)))
    }

    @Sendable func merge(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let id = try await state.segmentRowID(context)
        let body = try await Self.optionalBody(request, context: context)
        let version = try Self.expectedVersion(request, id: id, body: body.version)
        let store = state.store
        let merged = try await state.edit {
            try store.mergeSegment(id, withNextExpectedVersion: version, user: principal.user)
        }
        return try Self.response(merged)
    }

    /// Confirms the segment (optionally with its final draft): its pair goes into the memory in the
    /// same transaction. QA runs on the final draft first and its findings come back with the
    /// segment (`qa`). Where QA blocks (`tarjama serve --qa-blocks-confirm`, or `?qa=block`),
    /// error findings refuse the confirmation with 422 `qa_errors` and the findings, unless the
    /// body gives `override` (the reason), which is kept on the segment and its memory unit.
    @Sendable func confirm(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        let principal = try context.require(.translator)
        let id = try await state.segmentRowID(context)
        let body = try await Self.optionalBody(request, context: context)
        let version = try Self.expectedVersion(request, id: id, body: body.version)
        let blocks = try Self.qaBlocks(request, default: state.configuration.qaBlocksConfirm)
        let override = body.override?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let override, override.isEmpty || override.count > 500 {
            throw APIError.badRequest("override must give the reason for confirming over QA errors, in 1 to 500 characters")
        }
        let store = state.store
        let suggester = state.glossary.snapshot.suggester
        // QA is text work, done on the general threads; the confirmation names the version QA
        // read, so a draft changed in between is a 409, never a confirmation QA did not see.
        let findings = try await state.run { () throws -> [QAFindingBody] in
            let current = try store.segment(id)
            guard current.version == version else { throw ProjectStoreError.conflict(current: current) }
            return try SegmentQA.findings(
                source: current.source, target: body.target ?? current.target, suggester: suggester, memory: store.memory)
        }
        let errors = findings.contains { $0.severity == QASeverity.error.rawValue }
        if blocks, errors, override == nil {
            var refusal = APIError(
                .unprocessableContent, code: "qa_errors",
                message: "QA found errors in the draft; fix them, or confirm again with \"override\" giving the reason")
            refusal.findings = findings
            throw refusal
        }
        let segment = try await state.edit {
            try store.updateSegment(
                id, target: body.target, status: .confirmed, expectedVersion: version,
                user: principal.user, qaOverride: errors ? override : nil)
        }
        var response = try JSONBody.response(ConfirmedBody(segment: SegmentBody(segment), qa: CheckBody(findings)))
        response.headers[.eTag] = segment.etag
        return response
    }

    /// Runs QA on the segment's draft, or on `target` when the body gives one, without changing
    /// anything: the findings a confirmation would meet.
    @Sendable func check(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let id = try await state.segmentRowID(context)
        let text = try await request.text(context: context)
        let body =
            text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            ? CheckRequest() : try JSONBody.decode(CheckRequest.self, from: text)
        let store = state.store
        let suggester = state.glossary.snapshot.suggester
        let findings = try await state.run {
            let segment = try store.segment(id)
            return try SegmentQA.findings(
                source: segment.source, target: body.target ?? segment.target, suggester: suggester, memory: store.memory)
        }
        return try JSONBody.response(CheckBody(findings))
    }

    /// Whether QA errors refuse this confirmation: `?qa=block` or `?qa=report`, else the service's setting.
    static func qaBlocks(_ request: Request, default blocks: Bool) throws -> Bool {
        switch try request.textQuery("qa") {
        case nil: blocks
        case "block": true
        case "report": false
        case let other?: throw APIError.badRequest("qa must be block or report, not \"\(other.prefix(20))\"")
        }
    }

    static func response(_ segment: ProjectSegment) throws -> Response {
        var response = try JSONBody.response(SegmentBody(segment))
        response.headers[.eTag] = segment.etag
        return response
    }

    /// A body that may be absent (merge, confirm with If-Match only).
    static func optionalBody(_ request: Request, context: TarjamaRequestContext) async throws -> VersionedRequest {
        let text = try await request.text(context: context)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return VersionedRequest() }
        return try JSONBody.decode(VersionedRequest.self, from: text)
    }

    /// The version the client edited: from If-Match (the segment's ETag `"<id>-<version>"`) or
    /// the body's `version`; 428 when neither is sent, 412 for another segment's ETag.
    static func expectedVersion(_ request: Request, id: Int64, body: Int?) throws -> Int {
        if let header = request.headers[.ifMatch] {
            var tag = header.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            let inner = tag.hasPrefix("\"") && tag.hasSuffix("\"") && tag.count >= 2 ? String(tag.dropFirst().dropLast()) : tag
            let parts = inner.split(separator: "-")
            guard parts.count == 2, let tagID = Int64(parts[0]), let version = Int(parts[1]) else {
                throw APIError.badRequest("If-Match must be the segment's ETag, \"<id>-<version>\"")
            }
            guard tagID == id else {
                throw APIError(
                    .preconditionFailed, code: "precondition_failed", message: "the If-Match ETag belongs to segment \(tagID), not \(id)")
            }
            return version
        }
        if let body { return body }
        throw APIError(
            HTTPResponse.Status(code: 428, reasonPhrase: "Precondition Required"), code: "precondition_required",
            message: "send If-Match with the segment's ETag, or \"version\" in the body, so a concurrent edit is not overwritten")
    }
}
