extension GlossaryMatcher {
    /// The regular forms of entry `index` and what the matcher does with each: every form made
    /// from its spellings, in the order made, without duplicates. A pronoun form left out because
    /// its word is another entry's or a name is not listed; a form another entry holds says so.
    ///
    /// Only common nouns (type term) get forms; for any other entry the list is empty.
    public func generatedForms(ofEntry index: Int) -> [GeneratedTermForm] {
        guard glossary.entries.indices.contains(index), glossary.entries[index].type == .term else { return [] }
        let entry = glossary.entries[index]
        var results: [GeneratedTermForm] = []
        var seen: Set<String> = []
        for spelling in [entry.source] + entry.variants {
            let words = MatchFold.words(spelling)
            var forms = TermForms.forms(of: words).map { (words: $0.words, kind: $0.kind) }
            forms += TermForms.splitForms(of: words).map { (words: $0, kind: TermForms.Kind.split) }
            forms += TermForms.pronounForms(of: words).map { (words: $0, kind: TermForms.Kind.pronoun) }
            for form in forms {
                let key = form.words.map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")
                guard let terminal = automaton.terminal(of: form.words), seen.insert(key).inserted else { continue }
                let owner = Int(terminal.entry)
                // A form that is one of the entry's own spellings is no generated form.
                if owner == index && terminal.form == .asWritten { continue }
                results.append(GeneratedTermForm(key: key, kind: Self.kind(of: form.kind), takenBy: owner == index ? nil : owner))
            }
        }
        return results
    }

    private static func kind(of form: TermForms.Kind) -> MatchKind {
        switch form {
        case .plural: .plural
        case .dual: .dual
        case .indefinite: .indefinite
        case .definite: .definite
        case .split: .split
        case .pronoun: .pronoun
        case .asWritten: .exact
        }
    }
}
