import Tarjama
import TarjamaText

extension Demo {
    /// Segments both sides of the bundled sample and prints each segment with its id.
    static func segmentationStep(arabic: Document, english: Document, step: Int) throws {
        let arabicSegments = try SentenceSegmenter(language: .arabic).segment(arabic)
        let englishSegments = try SentenceSegmenter(language: .english).segment(english)
        print(
            "\(step). Segmented the Arabic transcript into \(arabicSegments.segments.count) sentences "
                + "(hard wraps re-flowed, the unpunctuated statement cut before وكالة سانا) and the English into \(englishSegments.segments.count):"
        )
        for segmented in [arabicSegments, englishSegments] {
            for segment in segmented.segments {
                let text = segmented.text(of: segment).split(whereSeparator: \.isNewline).joined(separator: " ")
                print("   \(segmented.id(of: segment))  \(text)")
            }
        }
    }
}
