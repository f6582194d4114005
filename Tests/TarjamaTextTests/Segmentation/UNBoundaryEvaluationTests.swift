import Foundation
import Testing
import TarjamaText
import TestSupport

/// Boundary F1 on the UN dev set, a genre the rules were not tuned on (official documents:
/// headings, numbered paragraphs, lists). Its lines are scattered; each `.ids` line gives the
/// document and `ar:N:M`, the line's first sentence number in the document and how many
/// sentences it holds. A document's lines, in order of N, are joined into one paragraph.
@Suite("Boundary F1 on UN Arabic documents")
struct UNBoundaryEvaluationTests {
    static let arabicPath = "ref/parallel/un-devset/UNv1.0.devset.ar"
    static let idsPath = "ref/parallel/un-devset/UNv1.0.devset.ids"

    static func documents(joinedBy separator: UInt16 = 0x20) throws -> [JoinedDocument] {
        let arabic = try JoinedDocument.lines(SharedData.url(arabicPath)!)
        let ids = try JoinedDocument.lines(SharedData.url(idsPath)!)
        var lines: [String: [(sentence: Int, count: Int, line: Int)]] = [:]
        var order: [String] = []
        for (index, record) in ids.enumerated() {
            let fields = record.split(separator: " ")
            guard fields.count > 1 else { continue }
            let position = fields[1].split(separator: ":")
            guard position.count == 3, position[0] == "ar", let sentence = Int(position[1]), let count = Int(position[2]) else { continue }
            let name = String(fields[0])
            if lines[name] == nil { order.append(name) }
            lines[name, default: []].append((sentence, count, index))
        }
        return order.map { name in
            let sorted = lines[name]!.sorted { $0.sentence < $1.sentence }
            return JoinedDocument(name: name, lines: sorted.map { arabic[$0.line] }, separator: separator) { sorted[$0].count > 1 }
        }
    }

    @Test(
        "the news rules (headlines, line ends) keep precision on UN documents, a genre they were not tuned on",
        .enabled(if: SharedData.has(arabicPath) && SharedData.has(idsPath), Comment(rawValue: SharedData.missingReason(arabicPath))))
    func boundaryF1() throws {
        let documents = try Self.documents()
        let segmenter = try SentenceSegmenter(language: .arabic)
        let icu = try BreakIterator(.sentence, locale: "ar")
        var ours = BoundaryScore(), raw = BoundaryScore()
        for document in documents {
            let predicted = try segmenter.segment(document.document).segments.map(\.range.lowerBound)
            ours += document.score(predicted, ignoringMultiSentenceLines: true)
            try icu.setText(document.document.units)
            raw += document.score(icu.boundaries(), ignoringMultiSentenceLines: true)
            document.printDifferences(predicted)
        }
        print(
            "UN dev Arabic, \(documents.count) documents, every line boundary (found boundaries inside lines of several sentences not counted): Tarjama \(ours); ICU raw \(raw)"
        )
        var wrapped = BoundaryScore()
        for document in try Self.documents(joinedBy: 0x0A) {
            wrapped += document.score(
                try segmenter.segment(document.document).segments.map(\.range.lowerBound), ignoringMultiSentenceLines: true)
        }
        print("Same, lines joined by line breaks (a hard-wrapped transcript): Tarjama \(wrapped)")
        // Many boundaries follow headings and list items without punctuation. Numbered paragraphs
        // after a title or a comma and preambular وإذ clauses after a comma are found now; the
        // false boundaries left are mostly وإذ clauses inside lines the UN alignment kept as one
        // sentence (about 1 in 3 of those clauses), so precision stays above 0.98, not 0.995.
        #expect(ours.precision >= 0.98)
        #expect(wrapped.precision >= 0.98)
        #expect(ours.f1 >= raw.f1 + 0.02)
    }
}
