import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

@Suite("Aligner on mismatched inputs")
struct MismatchedInputTests {
    @Test("an empty side leaves every segment unpaired with a warning, no crash")
    func emptySide() throws {
        let (source, _) = try AlignmentFixtures.demo()
        let empty = AlignmentSide(language: "en", segments: [])
        let alignment = try SegmentAligner().align(source: source, target: empty)
        #expect(alignment.pairs.count == source.segments.count)
        #expect(alignment.pairs.allSatisfy { $0.kind.description == "1-0" })
        #expect(alignment.warnings == [.emptySide(isSource: false)])
        let both = try SegmentAligner().align(source: AlignmentSide(language: "ar", segments: []), target: empty)
        #expect(both.pairs.isEmpty)
    }

    @Test("sides ten times apart in length are flagged and score low")
    func tenTimesApart() throws {
        let (source, target) = try AlignmentFixtures.demo()
        let short = AlignmentFixtures.side([target.segments[0].text], language: "en", document: "e")
        let alignment = try SegmentAligner().align(source: source, target: short)
        #expect(alignment.warnings.contains { if case .lengthMismatch = $0 { true } else { false } })
        #expect(alignment.pairs.filter { $0.score >= 0.8 }.count <= 1)
    }

    @Test(
        "an English text that is not the translation gives a warning and no confident pairs",
        .enabled(
            if: SharedData.has(AlignmentFixtures.ntrexDirectory),
            Comment(rawValue: SharedData.missingReason(AlignmentFixtures.ntrexDirectory))))
    func notATranslation() throws {
        let documents = try AlignmentFixtures.ntrexDocuments()
        var warned = 0, confident = 0, pairs = 0
        for index in 0..<10 {
            let arabic = documents[index], english = documents[index + 1]
            let source = AlignmentFixtures.side(arabic.pairs.map(\.0), language: "ar", document: arabic.id)
            let target = AlignmentFixtures.side(english.pairs.map(\.1), language: "en", document: english.id)
            let alignment = try SegmentAligner().align(source: source, target: target)
            if alignment.warnings.contains(where: { if case .unlikelyTranslation = $0 { true } else { false } }) { warned += 1 }
            confident += alignment.pairs.filter { $0.score >= 0.8 }.count
            pairs += alignment.pairs.count
        }
        #expect(warned >= 8)
        #expect(Double(confident) / Double(pairs) < 0.05)
    }

    @Test(
        "the real transcript against an unrelated English text: warning, low scores",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcriptAgainstWrongText() throws {
        let path = try #require(SharedData.url(SharedData.transcriptPath)).path
        let arabic = try SentenceSegmenter(language: .arabic).segment(try Document.read(contentsOf: path))
        let english = try SentenceSegmenter(language: .english).segment(
            Document(
                name: "e",
                text: """
                    The committee will meet on Thursday to discuss the budget for the coming year. Several members \
                    have asked for more time. The chairman said a decision could be delayed until spring. \
                    Local businesses have welcomed the plan, but residents remain sceptical about the costs.
                    """))
        let alignment = try SegmentAligner().align(
            source: AlignmentSide(segmented: arabic, language: "ar"),
            target: AlignmentSide(segmented: english, language: "en"))
        #expect(!alignment.warnings.isEmpty)
        #expect(alignment.pairs.allSatisfy { $0.score < 0.8 })
    }
}
