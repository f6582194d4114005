import Foundation
import Tarjama
import TestSupport
import Testing

/// The segment checks must stay quiet on correct human translations (issue 20): the alarms they
/// raise on NTREX dev, pair by pair, are bounded here; Scripts/qa-eval.py reports them by code.
@Suite("Segment checks on correct human translations")
struct SegmentChecksOnReferenceTests {
    static let arabic = "ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt"
    static let english = "ref/parallel/ntrex-dev/newstest2019-src.eng.dev.txt"

    @Test(
        "at most 1.5 segment-check alarms per 100 correct NTREX dev pairs",
        .enabled(if: SharedData.has(arabic) && SharedData.has(english), Comment(rawValue: SharedData.missingReason(arabic))))
    func quietOnNTREX() throws {
        let sources = try String(contentsOf: try #require(SharedData.url(Self.arabic)), encoding: .utf8).split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let targets = try String(contentsOf: try #require(SharedData.url(Self.english)), encoding: .utf8).split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var checker = SegmentChecker()
        var alarms: [TermProblem] = []
        var pairs = 0
        for (index, (source, target)) in zip(sources, targets).enumerated() where !source.isEmpty && !target.isEmpty {
            pairs += 1
            alarms += try checker.check(
                BilingualRecord(id: "ntrex:\(index + 1)", source: String(source), target: String(target)), line: index + 1)
        }
        alarms += checker.finish()
        #expect(pairs > 1000)
        #expect(Double(alarms.count) * 100 / Double(pairs) <= 1.5, "\(alarms.map(\.description).joined(separator: "\n"))")
        // The one repeated word in the reference is a real slip ("according to to the official").
        #expect(alarms.filter { $0.code == "repeated-word" }.map(\.found) == ["to to"])
    }
}
