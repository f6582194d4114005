import Foundation
import TarjamaText

/// Precision, recall and F1 of predicted sentence boundaries against gold ones, summed over
/// documents.
struct BoundaryScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
        String(
            format: "F1 %.4f (P %.4f, R %.4f; tp %d fp %d fn %d)", f1, precision, recall,
            truePositives, falsePositives, falseNegatives)
    }

    static func += (total: inout BoundaryScore, part: BoundaryScore) {
        total.truePositives += part.truePositives
        total.falsePositives += part.falsePositives
        total.falseNegatives += part.falseNegatives
    }
}

/// One document of a line-aligned corpus, its lines joined into one paragraph: the gold
/// boundaries are the line starts after the first.
struct JoinedDocument {
    var document: Document
    var gold: Set<Int>
    /// Gold boundaries after a line that ends with . ! ? ؟ (possibly before a closing quote):
    /// the ones punctuation can reveal once the lines are joined.
    var punctuatedGold: Set<Int>
    /// Spans of lines known to hold more than one sentence, where a found boundary may be right.
    var multiSentenceLines: [Range<Int>]

    /// Joins `lines` (trimmed) with `separator`; `isMultiSentence(i)` tells whether line i holds
    /// more than one sentence.
    init(name: String, lines: [String], separator: UInt16 = 0x20, isMultiSentence: (Int) -> Bool) {
        var units: [UInt16] = []
        var gold: Set<Int> = []
        var punctuatedGold: Set<Int> = []
        var previousEndsPunctuated = false
        var multi: [Range<Int>] = []
        for (index, line) in lines.enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if index > 0 {
                units.append(separator)
                gold.insert(units.count)
                if previousEndsPunctuated { punctuatedGold.insert(units.count) }
            }
            let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’»)"))
            previousEndsPunctuated = trimmed.last.map { ".!?؟".contains($0) } ?? false
            let start = units.count
            units += text.utf16
            if isMultiSentence(index) { multi.append(start..<units.count) }
        }
        self.document = Document(name: name, text: String(decoding: units, as: UTF16.self))
        self.gold = gold
        self.punctuatedGold = punctuatedGold
        self.multiSentenceLines = multi
    }

    func score(_ predicted: [Int], ignoringMultiSentenceLines: Bool, punctuatedOnly: Bool = false) -> BoundaryScore {
        var score = BoundaryScore()
        let predictions = Set(predicted.filter { $0 > 0 && $0 < document.count })
        let gold = punctuatedOnly ? punctuatedGold : self.gold
        for boundary in predictions {
            if self.gold.contains(boundary) {
                // In the punctuated measure a found headline boundary is neither right nor wrong.
                if gold.contains(boundary) { score.truePositives += 1 }
            } else if !(ignoringMultiSentenceLines && multiSentenceLines.contains { $0.contains(boundary) }) {
                score.falsePositives += 1
            }
        }
        score.falseNegatives = gold.subtracting(predictions).count
        return score
    }

    /// With `TARJAMA_F1_DETAIL` set, prints each missed and each extra boundary in context.
    func printDifferences(_ predicted: [Int]) {
        guard ProcessInfo.processInfo.environment["TARJAMA_F1_DETAIL"] != nil else { return }
        let text = document
        func context(_ boundary: Int) -> String {
            "…\(text.text(in: max(0, boundary - 40)..<boundary))|\(text.text(in: boundary..<min(text.count, boundary + 30)))"
        }
        for boundary in gold.subtracting(predicted).sorted() { print("MISS \(text.name): \(context(boundary))") }
        for boundary in Set(predicted).subtracting(gold).sorted() where boundary > 0 {
            let multi = multiSentenceLines.contains { $0.contains(boundary) }
            print("EXTRA\(multi ? "(multi)" : "") \(text.name): \(context(boundary))")
        }
    }

    static func lines(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
