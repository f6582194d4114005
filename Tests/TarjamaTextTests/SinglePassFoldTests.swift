import Foundation
@testable import TarjamaText
import TestSupport
import Testing

@Suite("One-pass folding and UTF-16 transcoding")
struct SinglePassFoldTests {
    static let ntrexPath = "ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt"

    /// Lines that exercise the fast path's refusals: marks out of canonical order (shadda
    /// typed before fatha), hamza above to compose, a presentation-form ligature, a surrogate pair.
    static let awkward = [
        "شدَّة وشدّةَ", "بَّ بَّ", "ي\u{0654}ا", "\u{0627}\u{0653}لاف", "ﻻ ﷲ ﷺ", "قال 𝐀 نعم", "", "٣٬٠٣٣ و3.5",
    ]

    /// Plain NFC news lines, which the fast path folds: the built-in lines must reach it too, so
    /// the comparison means something on a clone without ../shared.
    static let plain = [
        "قصف الطيران الحربي مدينة إدلب صباح اليوم.", "ووصلت قافلة مساعدات إنسانية إلى مدينة حماه",
        "قال المحافظ إن أربع حافلات نقلت المدنيين من الفوعة وكفريا", "Hama, Idlib and al-Raqqa: 2016",
        "مُؤتمرٌ صحفيّ للأمم المتحدة",
    ]

    func lines() throws -> [String] {
        var lines = Self.awkward + Self.plain
        for path in [SharedData.transcriptPath, Self.ntrexPath] where SharedData.has(path) {
            let text = try String(contentsOf: SharedData.url(path)!, encoding: .utf8)
            lines += text.split(whereSeparator: \.isNewline).map(String.init)
        }
        return lines
    }

    @Test("the one-pass fold gives the two-pass key and offset map, and refuses every text ICU does not call NFC")
    func singlePassAgreesWithTwoPass() throws {
        var folded = 0
        for line in try lines() {
            let units = Array(line.utf16)
            let checked: (fast: NormalizedText?, twoPass: NormalizedText?, isNFC: Bool)? = try units.withUnsafeBufferPointer {
                buffer throws(NormalizationError) in
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
                let range = 0..<buffer.count
                let isNFC = ArabicNormalizer.isNFC(base, range)
                return (
                    ArabicNormalizer.matching.foldSinglePass(base, range),
                    isNFC ? try ArabicNormalizer.matching.foldExact(base, range) : nil, isNFC
                )
            }
            guard let checked else { continue }
            if checked.isNFC {
                if let fast = checked.fast {
                    #expect(fast == checked.twoPass, "\(line)")
                    folded += 1
                }
            } else {
                #expect(checked.fast == nil, "\(line)")
            }
        }
        #expect(folded > 3)
    }

    @Test("String(utf16Units:) is String(decoding:as:) on every kind of unit, lone surrogates included")
    func transcoding() throws {
        let samples: [[UInt16]] =
            [
                [], [0x41], [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF], Array("حماة والرقة".utf16), Array("𝐀🙂".utf16),
                [0xD800], [0xDC00], [0xDC00, 0xD800], [0xD800, 0x41], [0x41, 0xD83D], [0xD83D, 0xDE42, 0xDE42], [0xFEFF, 0x200F],
            ] + (try lines()).prefix(200).map { Array($0.utf16) }
        for units in samples {
            let ours = units.withUnsafeBufferPointer { String(utf16Units: $0) }
            let theirs = String(decoding: units, as: UTF16.self)
            #expect(ours == theirs)
            #expect(Array(ours.utf8) == Array(theirs.utf8), "\(units)")
        }
    }
}
