extension TermSuggestion {
    /// Appends one line of `tarjama suggest --format jsonl` (newline included) to `output`, byte
    /// for byte as ``jsonLine(id:text:range:time:suggestions:)`` writes it, without building a
    /// ``JSONValue`` tree or a `String` for the line: the segment text is transcoded from
    /// `units` (the document's buffer) directly.
    ///
    /// - Parameters:
    ///   - idPrefix: the escaped `<doc>:` the segment's number follows in its id (from
    ///     ``jsonIDPrefix(documentName:)``).
    static func appendJSONLine(
        idPrefix: [UInt8], n: Int, units: UnsafeBufferPointer<UInt16>, range: Range<Int>,
        time: TimeRange?, suggestions: [TermSuggestion], to output: inout [UInt8]
    ) {
        JSONBytes.appendRaw("{\"id\":\"", to: &output)
        output.append(contentsOf: idPrefix)
        JSONBytes.appendInteger(n, to: &output)
        JSONBytes.appendRaw("\",\"text\":", to: &output)
        JSONBytes.appendUnwrapped(UnsafeBufferPointer(rebasing: units[range]), to: &output)
        JSONBytes.appendRaw(",\"start\":", to: &output)
        JSONBytes.appendInteger(range.lowerBound, to: &output)
        JSONBytes.appendRaw(",\"end\":", to: &output)
        JSONBytes.appendInteger(range.upperBound, to: &output)
        if let time {
            JSONBytes.appendRaw(",\"startTime\":", to: &output)
            output.append(contentsOf: TimeRange.seconds(time.start).utf8)
            JSONBytes.appendRaw(",\"endTime\":", to: &output)
            output.append(contentsOf: TimeRange.seconds(time.end).utf8)
        }
        JSONBytes.appendRaw(",\"suggestions\":[", to: &output)
        for (index, suggestion) in suggestions.enumerated() {
            if index > 0 { output.append(0x2C) }
            suggestion.appendJSON(to: &output)
        }
        JSONBytes.appendRaw("]}\n", to: &output)
    }

    /// `<doc>:` escaped as the inside of a JSON string, the part of every segment id before
    /// its number.
    static func jsonIDPrefix(documentName: String) -> [UInt8] {
        var prefix: [UInt8] = []
        JSONBytes.appendString(documentName + ":", to: &prefix)
        return Array(prefix.dropFirst().dropLast())
    }

    /// Appends the suggestion's object, as ``json(offset:)`` with no offset writes it.
    func appendJSON(to output: inout [UInt8]) {
        JSONBytes.appendRaw("{\"start\":", to: &output)
        JSONBytes.appendInteger(range.lowerBound, to: &output)
        JSONBytes.appendRaw(",\"end\":", to: &output)
        JSONBytes.appendInteger(range.upperBound, to: &output)
        JSONBytes.appendRaw(",\"source\":", to: &output)
        JSONBytes.appendString(source, to: &output)
        JSONBytes.appendRaw(",\"rendering\":", to: &output)
        JSONBytes.appendString(rendering, to: &output)
        JSONBytes.appendRaw(",\"alternatives\":", to: &output)
        Self.appendArray(alternatives, to: &output)
        JSONBytes.appendRaw(",\"type\":", to: &output)
        JSONBytes.appendString(type, to: &output)
        JSONBytes.appendRaw(",\"match\":", to: &output)
        JSONBytes.appendString(match, to: &output)
        JSONBytes.appendRaw(",\"text\":", to: &output)
        JSONBytes.appendUnwrapped(text, to: &output)
        if !forbidden.isEmpty {
            JSONBytes.appendRaw(",\"forbidden\":", to: &output)
            Self.appendArray(forbidden, to: &output)
        }
        if !clitics.isEmpty {
            JSONBytes.appendRaw(",\"clitics\":", to: &output)
            JSONBytes.appendString(clitics, to: &output)
        }
        if let confidence {
            JSONBytes.appendRaw(",\"confidence\":", to: &output)
            JSONBytes.appendString(confidence, to: &output)
        }
        if let note {
            JSONBytes.appendRaw(",\"note\":", to: &output)
            JSONBytes.appendString(note, to: &output)
        }
        output.append(0x7D)
    }

    private static func appendArray(_ strings: [String], to output: inout [UInt8]) {
        output.append(0x5B)
        for (index, string) in strings.enumerated() {
            if index > 0 { output.append(0x2C) }
            JSONBytes.appendString(string, to: &output)
        }
        output.append(0x5D)
    }
}
