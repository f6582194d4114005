import HTTPTypes
import Foundation
import Hummingbird
import Tarjama

/// `POST /v1/suggest`: glossary, number, name and memory suggestions for text that is not a
/// stored segment (a line typed in the editor, a document not uploaded).
struct SuggestRoutes {
    let state: ServerState

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        group.post("suggest", use: suggest)
    }

    @Sendable func suggest(_ request: Request, context: TarjamaRequestContext) async throws -> Response {
        try context.require(.reader)
        let input = try await request.decodeJSON(SuggestRequest.self, context: context)
        guard !input.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.badRequest("\"text\" is empty")
        }
        try BidiCheck.require(input.text, field: "text")
        let minimum = input.minimum ?? Suggestions.defaultMinimum
        guard FuzzyMatch.percentages.contains(minimum) else { throw APIError.badRequest("\"minimum\" must be from 1 to 101") }
        let suggester = state.glossary.snapshot.suggester
        let memory = state.memory
        let body = try await state.run {
            try Suggestions.compute(
                for: input.text, offset: 0, previous: input.previous, next: input.next,
                suggester: suggester, memory: memory, minimum: minimum)
        }
        return try JSONBody.response(body)
    }
}

/// The suggestions for one source text, shared by `/v1/suggest` and the segment routes.
enum Suggestions {
    /// Memory matches below this percentage are not offered by default.
    static let defaultMinimum = 70
    static let memoryLimit = 3

    static func compute(
        for source: String, offset: Int, previous: String?, next: String?,
        suggester: GlossarySuggester, memory: TranslationMemory, minimum: Int = defaultMinimum,
        segment: Int64? = nil, version: Int? = nil
    ) throws -> SuggestionsBody {
        let terms = try suggester.suggestions(in: source)
        let context = previous != nil || next != nil ? SegmentContext(previous: previous, next: next) : nil
        let matches = try memory.lookup(source, context: context, minimum: minimum, limit: memoryLimit)
        return SuggestionsBody(
            segment: segment, version: version,
            terms: terms.enumerated().map { TermSuggestionBody($1, number: $0 + 1, offset: offset) },
            memory: matches.enumerated().map { MemoryMatchBody($1, number: $0 + 1) })
    }
}
