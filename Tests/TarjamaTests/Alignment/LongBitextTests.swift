import Foundation
import Synchronization
import Testing
import Tarjama

/// A long line-aligned bitext (thousands of segments) is aligned by the guided path and pieces
/// in parallel; it must stay on the diagonal and report progress.
@Suite("Aligner on a long bitext")
struct LongBitextTests {
    /// 1,700 line pairs of varied length, numbers and names, every tenth translated loosely
    /// (the English much shorter than the Arabic), as in UN files of unrelated sentences.
    static func bitext() -> (source: AlignmentSide, target: AlignmentSide) {
        let arabicWords = [
            "قالت", "الحكومة", "إن", "اللجنة", "ستعقد", "اجتماعا", "في", "المدينة", "لمناقشة", "التقرير", "السنوي", "بشأن", "التنمية",
        ]
        let englishWords = [
            "the", "government", "said", "that", "committee", "would", "hold", "meeting", "in", "city", "to", "discuss", "annual", "report",
            "on", "development",
        ]
        var arabic: [String] = [], english: [String] = []
        for index in 0..<1_700 {
            let words = 3 + (index * 7) % 19
            let loose = index % 10 == 9
            arabic.append(
                (0..<words).map { arabicWords[($0 + index) % arabicWords.count] }.joined(separator: " ") + " \(index + 1)٬\(index % 7)٠٠.")
            let englishCount = loose ? max(2, words / 3) : words + words / 5
            english.append(
                (0..<englishCount).map { englishWords[($0 + index) % englishWords.count] }.joined(separator: " ").capitalized
                    + (loose ? "." : " \(index + 1),\(index % 7)00."))
        }
        return (
            AlignmentFixtures.side(arabic, language: "ar", document: "long.ar"),
            AlignmentFixtures.side(english, language: "en", document: "long.en")
        )
    }

    @Test("a long line-aligned file stays on the diagonal, loose translations included, and reports progress")
    func staysOnTheDiagonal() throws {
        let (source, target) = Self.bitext()
        let seen = Mutex<[Double]>([])
        let alignment = try SegmentAligner().align(source: source, target: target) { progress in
            seen.withLock { $0.append(progress.fraction) }
        }
        let exact = alignment.pairs.filter { $0.source.count == 1 && $0.source == $0.target }.count
        #expect(Double(exact) / Double(source.segments.count) >= 0.99)
        #expect(!alignment.warnings.contains { if case .unlikelyTranslation = $0 { true } else { false } })
        let fractions = seen.withLock { $0 }
        #expect(!fractions.isEmpty && fractions.allSatisfy { (0...1).contains($0) })
        #expect((fractions.max() ?? 0) >= 0.5)
    }
}
