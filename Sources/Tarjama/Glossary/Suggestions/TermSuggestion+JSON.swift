extension TermSuggestion {
    /// The suggestion as the suggestion JSONL contract writes it: `start`, `end`, `source`,
    /// `rendering`, `alternatives`, `type`, `match`, then `text` (the Arabic as written),
    /// `clitics` when some were removed, `confidence` for spotted names (`low` from the name
    /// dictionary, `ambiguous` when agencies split on its spelling, `guess` when the rules guessed
    /// some of the spelling), and `note`.
    /// `offset` is added to the range (a segment's start in its document).
    public func json(offset: Int = 0) -> JSONValue {
        var object = JSONObject()
        object["start"] = .number(range.lowerBound + offset)
        object["end"] = .number(range.upperBound + offset)
        object["source"] = .string(source)
        object["rendering"] = .string(rendering)
        object["alternatives"] = .array(alternatives.map(JSONValue.string))
        object["type"] = .string(type)
        object["match"] = .string(match)
        object["text"] = .string(Self.unwrapped(text))
        if !forbidden.isEmpty { object["forbidden"] = .array(forbidden.map(JSONValue.string)) }
        if !clitics.isEmpty { object["clitics"] = .string(clitics) }
        if let confidence { object["confidence"] = .string(confidence) }
        if let note { object["note"] = .string(note) }
        return .object(object)
    }

    /// One line of `tarjama suggest --format jsonl`: `{"id","text","start","end","suggestions"}`,
    /// with `startTime`/`endTime` in seconds when the segment came from subtitle cues.
    public static func jsonLine(
        id: String, text: String, range: Range<Int>, time: TimeRange? = nil,
        suggestions: [TermSuggestion]
    ) -> String {
        var object = JSONObject()
        object["id"] = .string(id)
        object["text"] = .string(unwrapped(text))
        object["start"] = .number(range.lowerBound)
        object["end"] = .number(range.upperBound)
        if let time {
            object["startTime"] = .number(TimeRange.seconds(time.start))
            object["endTime"] = .number(TimeRange.seconds(time.end))
        }
        object["suggestions"] = .array(suggestions.map { $0.json() })
        return JSONValue.object(object).jsonText
    }

    /// One line of the text report: span, Arabic, rendering, type and how it matched.
    public var textLine: String {
        var line = "  \(range.lowerBound)-\(range.upperBound)  \(Self.unwrapped(text)) → \(rendering)"
        var details = type == match ? [type] : [type, match + (clitics.isEmpty ? "" : " via \(clitics)")]
        if isGuess {
            details.append("guessed spelling: find the agency spelling")
        } else if isAmbiguous {
            details.append("ambiguous spelling: agencies differ, pick this person's")
        } else if isLowConfidence {
            details.append("low confidence: check the agency spelling")
        }
        if let note, !isLowConfidence { details.append(note) }
        line += "  [\(details.joined(separator: "; "))]"
        if !alternatives.isEmpty { line += "  also: \(alternatives.joined(separator: ", "))" }
        return line
    }
}

extension TermSuggestion {
    /// `text` with each line break shown as a space (a hard wrap inside a segment or a term).
    static func unwrapped(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
