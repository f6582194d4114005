import Foundation
@testable import Tarjama
import TarjamaText
import TestSupport
import Testing

@Suite("Matcher clitic readings")
struct CliticCandidateTests {
    /// The matcher's allocation-free readings, as forms.
    static func forms(of word: String) -> Set<String> {
        let units = Array(word.utf16)
        var candidates: [CliticCandidate] = []
        units.withUnsafeBufferPointer { CliticCandidate.candidates(of: $0, 0..<$0.count, into: &candidates) }
        return Set(
            candidates.map { candidate in
                (candidate.addsAlef ? "ا" : candidate.addsArticle ? "ال" : "")
                    + String(decoding: units[candidate.offset...], as: UTF16.self)
            })
    }

    @Test(
        "every reading the matcher tries is one CliticAnalyzer gives, on every word of the transcript",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func agreesWithAnalyzer() throws {
        let text = try String(contentsOf: SharedData.url(SharedData.transcriptPath)!, encoding: .utf8)
        let key = try ArabicNormalizer.matching.normalize(text)
        let analyzer = CliticAnalyzer()
        var checked = 0
        for range in WordScanner.shared.words(in: key.units) {
            let word = String(decoding: key.units[range], as: UTF16.self)
            let theirs = Set(analyzer.analyses(of: word).map(\.formString))
            let ours = Self.forms(of: word)
            #expect(ours.isSubset(of: theirs), "\(word): \(ours.subtracting(theirs))")
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test("the readings of the design note's examples")
    func examples() {
        #expect(Self.forms(of: "للمسلحين").contains("المسلحين"))
        #expect(Self.forms(of: "للاجئين").contains("اللاجئين"))
        #expect(Set(CliticAnalyzer().analyses(of: "للاجئين").map(\.formString)).isSuperset(of: Self.forms(of: "للاجئين")))
        #expect(Self.forms(of: "والرقه").contains("الرقه"))
        #expect(Self.forms(of: "لمجلس") == ["لمجلس", "مجلس"])
        #expect(Self.forms(of: "بلد") == ["بلد"])
        #expect(Self.forms(of: "ولد") == ["ولد"])
        #expect(Self.forms(of: "كتب") == ["كتب"])
    }
}
