extension GlossaryEntry {
    /// Sets the field that `column` names from one cell of a glossary file (TSV or CSV), so both
    /// formats read types and lists the same way and refuse the same things.
    mutating func assign(cell value: String, to column: GlossaryColumn, file: String, line: Int) throws(GlossaryError) {
        switch column {
        case .source: source = value
        case .target: target = value
        case .note: note = value
        case .type:
            guard let type = TermType(fileValue: value) else {
                throw .invalidValue(
                    file: file, line: line, column: "type",
                    reason: "use one of \(TermType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.type = type
        case .variants: variants = GlossaryTSV.list(value)
        case .alternatives: alternatives = GlossaryTSV.list(value)
        case .forbidden: forbidden = GlossaryTSV.list(value)
        case .context:
            do throws(TermContext.ParseError) {
                context = try TermContext(parsing: value)
            } catch {
                throw .invalidValue(file: file, line: line, column: "context", reason: error.reason)
            }
        }
    }

    /// Refuses a row read from a file whose source or target is empty, or whose source has
    /// nothing to match on.
    func checkRow(file: String, line: Int) throws(GlossaryError) {
        if source.isEmpty { throw .emptyField(file: file, line: line, column: "source") }
        if target.isEmpty { throw .emptyField(file: file, line: line, column: "target") }
        if Glossary.key(of: source).isEmpty {
            throw .invalidValue(file: file, line: line, column: "source", reason: "it has no letters or digits")
        }
    }
}
