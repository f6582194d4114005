/// One problem (a QA finding) `tarjama check` found in a bilingual file: a glossary, number or
/// date problem from ``TermChecker``, or a segment problem from ``SegmentChecker``. Every finding
/// has a stable reason ``code`` (its kind's raw value) and a ``severity``.
public struct TermProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong; the raw value is the finding's stable reason code.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A glossary term in the source whose rendering (or an alternative) is not in the target.
        case missingRendering = "missing-rendering"
        /// A rendering house style forbids is in the target.
        case forbiddenRendering = "forbidden-rendering"
        /// A number in one side has no equal value on the other.
        case numberMismatch = "number-mismatch"
        /// A date in the source and one in the target that cannot be the same day.
        case dateMismatch = "date-mismatch"
        /// The same term is rendered differently in different segments of the file.
        case inconsistentRendering = "inconsistent-rendering"
        /// The source has text and the target is empty or blank.
        case emptyTarget = "empty-target"
        /// The target is the Arabic source copied, not translated.
        case targetSameAsSource = "target-same-as-source"
        /// The target is much shorter than the length model expects for the source: a likely omission.
        case targetTooShort = "target-too-short"
        /// The target is much longer than the length model expects: a likely addition or a wrong pairing.
        case targetTooLong = "target-too-long"
        /// A word written twice in a row ("the the").
        case repeatedWord = "repeated-word"
        /// Brackets that do not close in the target, where the source's do.
        case unbalancedBrackets = "unbalanced-brackets"
        /// Quotation marks that do not pair in the target, where the source's do.
        case unbalancedQuotes = "unbalanced-quotes"
        /// Leading or trailing white space in the target that the source does not have, or the reverse.
        case spaceDifference = "space-difference"
        /// Arabic letters left in the English target.
        case arabicInTarget = "arabic-in-target"
        /// A bidi control character (RLM, LRM, ALM, an embedding or an isolate) in the English target.
        case bidiControl = "bidi-control"
        /// The same source (normalised) translated differently in different pairs of the file.
        case inconsistentTranslation = "inconsistent-translation"
        /// The source ends a sentence (. ! ? ؟) and the target does not: a likely dropped end.
        case endingPunctuation = "ending-punctuation"
        /// The target starts with a lower-case letter: a likely dropped start.
        case lowercaseStart = "lowercase-start"
        /// The target ends on a word that cannot end English text (the, of, and …): a likely dropped end.
        case danglingEnd = "dangling-end"
        /// An inline code of the source (its placeholder, `{1}`) is missing from the target.
        case missingInlineCode = "missing-inline-code"
        /// The memory holds the same source, translated another way (``MemoryConsistencyCheck``).
        case inconsistentWithMemory = "inconsistent-with-memory"

        /// How serious a finding of this kind is: errors are wrong content (a number, a term,
        /// a missing or untranslated target); warnings are worth a look but often fine.
        public var severity: QASeverity {
            switch self {
            case .missingRendering, .forbiddenRendering, .numberMismatch, .dateMismatch,
                .emptyTarget, .targetSameAsSource, .arabicInTarget, .missingInlineCode:
                .error
            case .inconsistentRendering, .targetTooShort, .targetTooLong, .repeatedWord, .unbalancedBrackets,
                .unbalancedQuotes, .spaceDifference, .bidiControl, .inconsistentTranslation,
                .endingPunctuation, .lowercaseStart, .danglingEnd, .inconsistentWithMemory:
                .warning
            }
        }
    }

    /// The stable reason code, e.g. `number-mismatch` (the kind's raw value).
    public var code: String { kind.rawValue }
    /// How serious the finding is (from its kind).
    public var severity: QASeverity { kind.severity }

    public var kind: Kind
    /// The pair's `id` field (for inconsistencies, the first pair using a minority rendering);
    /// an aligned pair takes its first source segment's id, so messages name the pair by
    /// ``pairLabel`` instead.
    public var id: String
    /// The 1-based position of the pair in the file (0 when unknown).
    public var pair: Int = 0
    /// The source segment ids the pair joins (its `sourceIds`), when the file records them.
    public var sourceIds: [String] = []
    /// The 1-based line of the record in the bilingual file.
    public var line: Int
    /// The Arabic term or number as it stands in the source (empty for a target-only number).
    public var source: String
    /// What the target should have: the preferred rendering, or the number's value.
    public var expected: String
    /// What the target has instead, when known.
    public var found: String?
    /// The pair ids involved, for inconsistencies.
    public var ids: [String] = []
    /// The same pairs named as ``pairLabel`` names one, for messages.
    public var pairLabels: [String] = []

    /// How messages name the pair, which cannot be taken for a segment id: `pair 4 (aleppo.ar:8–9)`
    /// for the 4th pair, joining source segments 8 and 9; `pair 4 (id x)` when the file has no
    /// `sourceIds`.
    public var pairLabel: String {
        Self.pairLabel(pair: pair, id: id, sourceIds: sourceIds)
    }

    /// ``pairLabel`` for a pair's position, `id` and `sourceIds`.
    public static func pairLabel(pair: Int, id: String, sourceIds: [String]) -> String {
        let segments: String
        if let first = sourceIds.first, let last = sourceIds.last {
            // Segment ids are <doc>:<n>; a run in one document reads doc:8–9.
            let firstDoc = first.split(separator: ":", omittingEmptySubsequences: false).dropLast().joined(separator: ":")
            let lastDoc = last.split(separator: ":", omittingEmptySubsequences: false).dropLast().joined(separator: ":")
            if sourceIds.count == 1 {
                segments = first
            } else if firstDoc == lastDoc, !firstDoc.isEmpty, let n = last.split(separator: ":").last {
                segments = "\(first)–\(n)"
            } else {
                segments = "\(first)–\(last)"
            }
        } else {
            segments = "id \(id)"
        }
        return pair > 0 ? "pair \(pair) (\(segments))" : "pair \(segments)"
    }

    /// What is wrong, without the pair's name: the message a workstation shows beside the segment.
    public var detail: String {
        switch kind {
        case .missingRendering:
            "missing rendering: \(source) → \(expected)"
        case .forbiddenRendering:
            "forbidden rendering \"\(found ?? "")\" for \(source); use \(expected)"
        case .numberMismatch:
            source.isEmpty
                ? "number \(found ?? "") in the target is not in the source"
                : found.map { "number \(source) = \(expected) in the source, but \($0) in the target" }
                    ?? "number \(source) = \(expected) in the source is not in the target"
        case .dateMismatch:
            "date \(source) = \(expected) in the source, but \"\(found ?? "")\" in the target"
        case .inconsistentRendering:
            "\(source) is rendered \"\(found ?? "")\" in \((pairLabels.isEmpty ? ids : pairLabels).joined(separator: ", ")) but \"\(expected)\" elsewhere"
        case .emptyTarget:
            "the target is empty"
        case .targetSameAsSource:
            "the target is the source copied, not translated"
        case .targetTooShort:
            "the target has \(found ?? "?") characters where the source's length makes about \(expected) likely: something may be left out"
        case .targetTooLong:
            "the target has \(found ?? "?") characters where the source's length makes about \(expected) likely: something may be added, or the pair misaligned"
        case .repeatedWord:
            "repeated word \"\(found ?? "")\""
        case .unbalancedBrackets, .unbalancedQuotes:
            "\(kind == .unbalancedBrackets ? "brackets" : "quotation marks") do not pair in the target (\(found ?? "")) where the source's do (\(expected))"
        case .spaceDifference:
            "\(found ?? "white space") in the target, \(expected) in the source"
        case .arabicInTarget:
            "Arabic letters left in the target: \"\(found ?? "")\""
        case .bidiControl:
            "bidi control character \(found ?? "") in the target"
        case .missingInlineCode:
            "inline code(s) \(found ?? "") of the source missing from the target (the source has \(expected))"
        case .endingPunctuation:
            "the source ends with \(expected) but the target with \(found ?? "nothing"): its end may be left out"
        case .danglingEnd:
            "the target ends with \"\(found ?? "")\", which cannot end a sentence or a title: its end may be left out"
        case .lowercaseStart:
            "the target starts in lower case (\"\(found ?? "")\"): its start may be left out"
        case .inconsistentWithMemory:
            "the memory translates the same source \"\(expected)\"\(found.map { " (\($0))" } ?? ""), not as here"
        case .inconsistentTranslation:
            "the same source is translated one way in \((pairLabels.isEmpty ? ids : pairLabels).joined(separator: ", ")) and another way elsewhere (\(expected))"
        }
    }

    public var description: String { "\(pairLabel): \(detail)" }

    /// The problem as one JSON object:
    /// `{"kind","code","severity","id","pair","sourceIds","line","source","expected","found","ids","message"}`
    /// (`kind` and `code` are the same; `kind` stays for readers written before codes).
    public var json: JSONValue {
        var object = JSONObject()
        object["kind"] = .string(kind.rawValue)
        object["code"] = .string(code)
        object["severity"] = .string(severity.rawValue)
        object["id"] = .string(id)
        if pair > 0 { object["pair"] = .number(pair) }
        if !sourceIds.isEmpty { object["sourceIds"] = .array(sourceIds.map(JSONValue.string)) }
        object["line"] = .number(line)
        object["source"] = .string(source)
        object["expected"] = .string(expected)
        if let found { object["found"] = .string(found) }
        if !ids.isEmpty { object["ids"] = .array(ids.map(JSONValue.string)) }
        object["message"] = .string(description)
        return .object(object)
    }
}
