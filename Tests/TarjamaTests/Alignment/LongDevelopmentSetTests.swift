import Foundation
import Testing
import Tarjama
import TestSupport

/// The UN development set as one long file (4,000 line pairs of unrelated sentences, every
/// gold bead 1-1): the long-stretch path (coarse-to-fine guide, pieces in parallel) must keep
/// it on the diagonal and must not call it "not a translation" (issue 23).
@Suite("Aligner on the UN development set as one long file")
struct LongDevelopmentSetTests {
    static let directory = "ref/parallel/un-devset"

    static func lines(_ name: String) throws -> [String] {
        let url = try #require(SharedData.url(directory)).appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test(
        "a long file that is a translation stays on the diagonal and gets no 'not a translation' warning",
        .enabled(if: SharedData.has("ref/parallel/un-devset"), Comment(rawValue: SharedData.missingReason("ref/parallel/un-devset"))))
    func translationIsRecognised() throws {
        let pairs = zip(try Self.lines("UNv1.0.devset.ar"), try Self.lines("UNv1.0.devset.en")).filter { !$0.0.isEmpty && !$0.1.isEmpty }
        let arabic = pairs.map(\.0), english = pairs.map(\.1)
        try #require(arabic.count > 3_000)
        let source = AlignmentFixtures.side(arabic, language: "ar", document: "un.ar")
        let target = AlignmentFixtures.side(english, language: "en", document: "un.en")
        let alignment = try SegmentAligner().align(source: source, target: target)
        let exact = alignment.pairs.filter { $0.source.count == 1 && $0.source == $0.target }.count
        // Measured 0.98+ (issue 23); a drift off the diagonal costs whole runs of pairs.
        #expect(Double(exact) / Double(arabic.count) >= 0.97)
        #expect(!alignment.warnings.contains { if case .unlikelyTranslation = $0 { true } else { false } })
        #expect(alignment.warnings.isEmpty)
    }

    @Test(
        "a long file whose English lines are in reverse order is called not a translation, and its pairs score low",
        .enabled(if: SharedData.has("ref/parallel/un-devset"), Comment(rawValue: SharedData.missingReason("ref/parallel/un-devset"))))
    func nonTranslationIsFlagged() throws {
        let pairs = zip(try Self.lines("UNv1.0.devset.ar"), try Self.lines("UNv1.0.devset.en")).filter { !$0.0.isEmpty && !$0.1.isEmpty }
        let arabic = pairs.map(\.0), english = pairs.map(\.1)
        try #require(arabic.count > 3_000)
        // The same English lines backwards: same register, lengths, vocabulary and line count,
        // but no two lines in order are the translations of two Arabic lines in order.
        let reversed = Array(english.reversed())
        let source = AlignmentFixtures.side(arabic, language: "ar", document: "un.ar")
        let target = AlignmentFixtures.side(reversed, language: "en", document: "un.en")
        let alignment = try SegmentAligner().align(source: source, target: target)
        #expect(alignment.warnings.contains { if case .unlikelyTranslation = $0 { true } else { false } })
        let confident = alignment.pairs.filter { $0.score >= 0.8 }.count
        #expect(Double(confident) / Double(alignment.pairs.count) < 0.05)
    }
}
