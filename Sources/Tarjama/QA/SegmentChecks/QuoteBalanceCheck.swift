/// Quotation marks that do not pair in the target although the source quotes something and
/// its marks pair: `He said "we will go.` for `قال «سنذهب».`
///
/// Arabic «» and “” and English “” and "" are all quotation marks to this check, so «…» ↔ “…”
/// is fine; counts are not compared across the languages, since translators add and drop
/// quotes. A source with no quotation marks, or unpaired ones (a quote that spans sentences,
/// opened in one segment and closed in the next), says nothing about the target's.
public struct QuoteBalanceCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        let sourceMarks = Self.marks(source)
        guard sourceMarks.total > 0, sourceMarks.paired else { return [] }
        let targetMarks = Self.marks(target)
        guard !targetMarks.paired else { return [] }
        return [.pairFinding(.unbalancedQuotes, expected: sourceMarks.summary, found: targetMarks.summary)]
    }

    /// Whether `target` ends inside a quotation it opened: an odd number of straight quotes
    /// whose last one opens (after a space, a bracket or the start, before a letter: `he
    /// "realized`), or more “ than ”. A quote glued to the word before it (`the Lakers" site`,
    /// an apostrophe typed as a quote) opens nothing.
    static func leavesQuoteOpen(_ target: String) -> Bool {
        let marks = marks(target)
        if marks.curlyOpen > marks.curlyClose { return true }
        guard marks.straight % 2 == 1, let last = straightQuotes(target).last else { return false }
        return last.opens
    }

    /// Whether `target` closes a quotation an earlier target opened: an odd number of straight
    /// quotes whose first one closes (after a letter or punctuation, before a space, a stop or
    /// the end: `ripped open," Hammel said`, `an absolute lie."`), or more ” than “.
    static func closesOpenQuote(_ target: String) -> Bool {
        let marks = marks(target)
        if marks.curlyClose > marks.curlyOpen { return true }
        guard marks.straight % 2 == 1, let first = straightQuotes(target).first else { return false }
        return first.closes
    }

    /// Each straight quote of `text` with the shape of its neighbours.
    private static func straightQuotes(_ text: String) -> [(opens: Bool, closes: Bool)] {
        let characters = Array(text)
        return characters.indices.filter { characters[$0] == "\"" }.map { index in
            let before = index > 0 ? characters[index - 1] : nil, after = index + 1 < characters.count ? characters[index + 1] : nil
            let spaceOrEdgeBefore = before.map { $0.isWhitespace || "([".contains($0) } ?? true
            let spaceOrEdgeAfter = after.map { $0.isWhitespace || ".,;:!?)]".contains($0) } ?? true
            return (opens: spaceOrEdgeBefore && !spaceOrEdgeAfter, closes: !spaceOrEdgeBefore && spaceOrEdgeAfter)
        }
    }

    struct Marks {
        var straight = 0, curlyOpen = 0, curlyClose = 0, guillemetOpen = 0, guillemetClose = 0
        var total: Int { straight + curlyOpen + curlyClose + guillemetOpen + guillemetClose }
        /// Straight quotes come in twos; curly and angle quotes open as often as they close.
        var paired: Bool { straight % 2 == 0 && curlyOpen == curlyClose && guillemetOpen == guillemetClose }
        var summary: String {
            let parts = [("\"", straight), ("“", curlyOpen), ("”", curlyClose), ("«", guillemetOpen), ("»", guillemetClose)]
                .filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
            return parts.isEmpty ? "none" : parts.joined(separator: ", ")
        }
    }

    static func marks(_ text: String) -> Marks {
        var marks = Marks()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": marks.straight += 1
            case "\u{201C}": marks.curlyOpen += 1
            case "\u{201D}": marks.curlyClose += 1
            case "\u{00AB}": marks.guillemetOpen += 1
            case "\u{00BB}": marks.guillemetClose += 1
            default: break
            }
        }
        return marks
    }
}
