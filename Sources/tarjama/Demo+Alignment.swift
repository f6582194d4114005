import Foundation
import Tarjama
import TarjamaText

extension Demo {
    /// Aligns the sample's Arabic sentences with the English translation, prints each pair with
    /// its bead and calibrated score; the pairs feed the exchange files and the memory.
    static func alignmentStep(arabic: Document, english: Document, step: Int) throws -> [BilingualRecord] {
        let source = AlignmentSide(segmented: try SentenceSegmenter(language: .arabic).segment(arabic), language: "ar")
        let target = AlignmentSide(segmented: try SentenceSegmenter(language: .english).segment(english), language: "en")
        let alignment = try SegmentAligner().align(source: source, target: target)
        print(
            "\(step). Aligned the Arabic sentences with the English translation (length model with ratio "
                + "\(String(format: "%.2f", alignment.lengthRatio)) estimated from the texts, plus names, numbers and punctuation as anchors):"
        )
        for pair in alignment.pairs {
            let ids = pair.source.map { source.segments[$0].id } + ["↔"] + pair.target.map { target.segments[$0].id }
            print("   \(pair.kind)  score \(String(format: "%.2f", pair.score))  \(ids.joined(separator: " "))")
        }
        for warning in alignment.warnings { print("   warning: \(warning)") }
        // `align --batch` learns word translations from a collection's confident pairs and aligns
        // again with them; ten pairs are far below its thresholds, so the demo lowers them to show
        // what the learning finds.
        var settings = TranslationLexicon.Settings()
        settings.minimumPairs = 5
        settings.minimumDice = 0.6
        settings.maximumShare = 0.5
        if let lexicon = TranslationLexicon.learn(from: [(source, target, alignment)], settings: settings), !lexicon.links.isEmpty {
            let shown = lexicon.links.prefix(8).map { "\($0.source) ↔ \($0.target)" }
            print(
                "   word translations learned from these pairs (align --batch does this over a whole collection, "
                    + "then aligns again with them): " + shown.joined(separator: ", "))
        }
        return alignment.records(source: source, target: target, documentName: "demo")
    }
}
