extension DemoSample {
    /// Sentence pairs of the sample for the demo's translation memory: each paragraph is re-flowed,
    /// split after `.`, `?`, `؟` and `!` (not after a one- or two-letter abbreviation such as د.
    /// or Dr.), and paired one to one where both sides have the same number of sentences.
    /// Paragraphs that differ are left out: pairing them is the aligner's job, not the demo's.
    public static var sentencePairs: [(arabic: String, english: String)] {
        let arabicParagraphs = paragraphs(of: arabic), englishParagraphs = paragraphs(of: english)
        var pairs: [(arabic: String, english: String)] = []
        for (arabicParagraph, englishParagraph) in zip(arabicParagraphs, englishParagraphs) {
            let arabicSentences = sentences(of: arabicParagraph), englishSentences = sentences(of: englishParagraph)
            guard arabicSentences.count == englishSentences.count else { continue }
            pairs += zip(arabicSentences, englishSentences).map { (arabic: $0, english: $1) }
        }
        return pairs
    }

    /// Paragraphs (separated by blank lines), their hard-wrapped lines joined with spaces.
    static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    static func sentences(of paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var word = 0
        var characters = paragraph.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            current.append(character)
            if character.isLetter { word += 1; continue }
            let ends = "؟?!.".contains(character) && word > 2 && (next == nil || next == " ")
            word = 0
            if ends {
                sentences.append(current.trimmingWhitespace().description)
                current = ""
            }
        }
        if !current.allSatisfy(\.isWhitespace) { sentences.append(current.trimmingWhitespace().description) }
        return sentences
    }
}
