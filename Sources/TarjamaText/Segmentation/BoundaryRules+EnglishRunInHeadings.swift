extension BoundaryRules {
    /// Where a sentence starts right after a heading or title that has no punctuation of its
    /// own, on the same line (a document whose lines were joined: `…Executive Board The report
    /// assessed progress…`): a capitalised word that opens sentences and never stands capitalised
    /// inside one (``EnglishLexicon/runInOpeners``), after a word or a closing bracket with
    /// nothing between but spaces. Not after a function word (`in The Hague`, `told The
    /// Times`) or a title; and a determiner or possessive must be followed by a lower-case word,
    /// since `The Hague`, `The Economist` or `This Is England` are names.
    ///
    /// - Complexity: O(n), reading only around capital letters.
    static func englishRunInHeadingStarts(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        var starts: [Int] = []
        TextUnits.forEachCandidateBlock(
            in: text,
            mayHold: { block in
                (block .>= SIMD16(repeating: 0x41)) .& (block .<= SIMD16(repeating: 0x5A))
            }
        ) { block in
            for position in block where isCapital(text[position]) && opensRunInSentence(at: position, in: text) {
                starts.append(position)
            }
            return true
        }
        return starts
    }

    private static func opensRunInSentence(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard position > 1, text[position - 1] == 0x20 else { return false }
        var end = position
        while end < text.count, end - position <= 12, isLetter(text[end]) { end += 1 }
        guard end < text.count, end - position >= 2, text[end] == 0x20 else { return false }
        let word = String(decoding: text[position..<end], as: UTF16.self)
        guard let needsLowerCase = EnglishLexicon.runInOpeners[word] else { return false }
        if needsLowerCase {
            guard end + 1 < text.count, text[end + 1] >= 0x61 && text[end + 1] <= 0x7A else { return false }
        }
        var before = position - 1
        while before > 0, TextUnits.isHorizontalSpace(text[before - 1]) { before -= 1 }
        guard before > 0 else { return false }
        let last = text[before - 1]
        if last == 0x29 {
            // Not after a bracketed label or footnote mark: `Notes: (a) In …`.
            var open = before - 1
            while open > 0, before - open <= 4, text[open - 1] != 0x28 { open -= 1 }
            return !(open > 0 && text[open - 1] == 0x28)
        }
        guard isLetter(last) || TextUnits.isDigit(last) else { return false }
        let previousStart = TextUnits.wordStart(endingAt: before, in: text)
        // A lone letter is a footnote mark or a label (`Contractual services c The …`).
        guard before - previousStart > 1 else { return false }
        let previous = String(decoding: text[previousStart..<before], as: UTF16.self)
        return !EnglishLexicon.continuationWords.contains(previous.lowercased()) && !EnglishLexicon.titles.contains(previous)
            && !EnglishLexicon.runInOpeners.keys.contains(previous)
    }

    private static func isLetter(_ unit: UInt16) -> Bool { (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
}

extension EnglishLexicon {
    /// Capitalised words that open sentences and are not capitalised inside one, each with
    /// whether the next word must be lower case for it to open one (determiners and
    /// possessives also start names and titles: The Hague, This Is England).
    static let runInOpeners: [String: Bool] = {
        var openers: [String: Bool] = [:]
        for word in [
            "The", "This", "These", "Those", "Its", "Our", "Their", "His", "Her", "Such", "Each", "Some", "Many",
            "All", "Both", "Another", "Most", "Several", "An", "No", "Any",
        ] {
            openers[word] = true
        }
        for word in [
            "It", "He", "She", "They", "We", "There", "In", "On", "At", "As", "For", "During", "Following",
            "According", "Since", "Under", "With", "However", "Moreover", "Furthermore", "Accordingly", "Although",
            "While", "When", "If", "Despite", "After", "Before", "Given", "Upon", "Through", "Pursuant", "Please",
            "Meanwhile", "Nevertheless", "Therefore", "Thus", "Also", "Further",
        ] {
            openers[word] = false
        }
        return openers
    }()
}
