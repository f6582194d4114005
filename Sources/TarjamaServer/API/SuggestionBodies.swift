import Tarjama

/// A glossary, number or name suggestion for a span of a segment's source.
struct TermSuggestionBody: Codable, Sendable, Hashable {
    /// `t1`, `t2`, ... in text order; what `POST .../apply` takes.
    var id: String
    /// glossary, number or name (a romanised name the glossary does not know: low confidence).
    var kind: String
    /// UTF-16 offsets in the document (the segment's `start` added), end exclusive.
    var start: Int
    var end: Int
    /// The Arabic as written in the segment.
    var text: String
    /// The glossary's source term (or the text, for numbers and names).
    var source: String
    /// The preferred English rendering (digits, for a number).
    var rendering: String
    var alternatives: [String]
    var forbidden: [String]?
    /// person, place, organisation, term, other or number.
    var type: String
    /// exact, normalised, clitic, contracted, variant, plural, dual, indefinite, definite, number,
    /// dictionary or romanised.
    var match: String
    var clitics: String?
    var confidence: String?
    var note: String?

    init(_ suggestion: TermSuggestion, number: Int, offset: Int) {
        id = "t\(number)"
        kind =
            switch suggestion.origin {
            case .number: "number"
            case .romanised: "name"
            default: "glossary"
            }
        start = suggestion.range.lowerBound + offset
        end = suggestion.range.upperBound + offset
        text = String(suggestion.text.map { $0.isNewline ? " " : $0 })
        source = suggestion.source
        rendering = suggestion.rendering
        alternatives = suggestion.alternatives
        forbidden = suggestion.forbidden.isEmpty ? nil : suggestion.forbidden
        type = suggestion.type
        match = suggestion.match
        clitics = suggestion.clitics.isEmpty ? nil : suggestion.clitics
        confidence = suggestion.confidence
        note = suggestion.note
    }
}

/// A translation-memory match for a segment.
struct MemoryMatchBody: Codable, Sendable, Hashable {
    /// `m1`, `m2`, ... best first; what `POST .../apply` takes.
    var id: String?
    /// 101 for an identical source with the same neighbours, 100 identical, below that fuzzy.
    var match: Int
    var unit: Int64?
    var source: String
    var target: String
    var sourceLang: String
    var targetLang: String
    var document: String?
    var origin: String
    /// Why the unit was confirmed although QA found errors in it; absent when QA passed.
    var qaOverride: String?
    var differences: [Difference]

    struct Difference: Codable, Sendable, Hashable {
        var kind: String
        var queryStart: Int?
        var queryEnd: Int?
        var unitStart: Int?
        var unitEnd: Int?
    }

    init(_ match: FuzzyMatch, number: Int?) {
        id = number.map { "m\($0)" }
        self.match = match.percentage
        unit = match.unit.id
        source = match.unit.source
        target = match.unit.target
        sourceLang = match.unit.sourceLanguage
        targetLang = match.unit.targetLanguage
        document = match.unit.document
        origin = match.unit.origin.rawValue
        qaOverride = match.unit.qaOverride
        differences = match.differences.map {
            Difference(
                kind: $0.kind.rawValue, queryStart: $0.queryRange?.lowerBound, queryEnd: $0.queryRange?.upperBound,
                unitStart: $0.unitRange?.lowerBound, unitEnd: $0.unitRange?.upperBound)
        }
    }
}

/// Everything suggested for one piece of source text.
struct SuggestionsBody: Codable, Sendable {
    /// The segment's row id (absent for `POST /v1/suggest`).
    var segment: Int64?
    /// The segment's version the suggestions were computed for.
    var version: Int?
    var terms: [TermSuggestionBody]
    var memory: [MemoryMatchBody]
}

/// `POST /v1/suggest`: suggestions for text that is not (yet) a stored segment.
struct SuggestRequest: Codable, Sendable {
    var text: String
    /// The neighbouring source segments, for context (101%) matches.
    var previous: String?
    var next: String?
    /// The lowest memory match shown (default 70).
    var minimum: Int?
}

/// A concordance hit: a unit holding the phrase, with where.
struct ConcordanceHitBody: Codable, Sendable {
    struct Span: Codable, Sendable {
        var start: Int
        var end: Int
    }
    var unit: Int64?
    var source: String
    var target: String
    var document: String?
    var sourceHits: [Span]
    var targetHits: [Span]

    init(_ hit: ConcordanceHit) {
        unit = hit.unit.id
        source = hit.unit.source
        target = hit.unit.target
        document = hit.unit.document
        sourceHits = hit.sourceRanges.map { Span(start: $0.lowerBound, end: $0.upperBound) }
        targetHits = hit.targetRanges.map { Span(start: $0.lowerBound, end: $0.upperBound) }
    }
}

struct LookupBody: Codable, Sendable {
    var count: Int
    var matches: [MemoryMatchBody]
}

struct ConcordanceBody: Codable, Sendable {
    var count: Int
    var hits: [ConcordanceHitBody]
}

/// What a TMX import did.
struct MemoryImportBody: Codable, Sendable {
    var read: Int
    var added: Int
    var duplicates: Int
}
