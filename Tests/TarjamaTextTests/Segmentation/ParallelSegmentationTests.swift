import Foundation
import Testing
import TarjamaText
import TestSupport

/// The commands segment with one ICU iterator per core; the segments must be those one thread
/// finds, wherever the runs of paragraphs that the threads read begin and end.
@Suite("Segmentation on several threads")
struct ParallelSegmentationTests {
    /// Sentences, headlines, list items, hard wraps and the characters the rules care about,
    /// in paragraphs of random length (some longer than the run ICU reads at once).
    static func document(seed: UInt64, paragraphs: Int, bidi: Bool) -> Document {
        var generator = SplitMix64(state: seed)
        let pieces = [
            "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.", "وأضاف د. أحمد أن الوضع هادئ؟",
            "عاجل: انفجار في حلب", "الرئيس يصل إلى دمشق\nوكان في استقباله رئيس الوزراء", "؛ 21 - تؤكد الجمعية العامة",
            "، وإذ تشير إلى قرارها", "(أ) التقرير السنوي؛", "The U.S. said on Monday it would act. Mr. Smith agreed.",
            "3.5 مليون دولار", "...", "«انتهت المعركة.»", "\n", " ", "  ", "\r\n", "\u{A0}", "۲۰۱۶", "ـ",
        ]
        let controls = ["\u{200F}", "\u{202B}", "\u{202C}", "\u{2067}", "\u{2069}"]
        var text = ""
        for _ in 0..<paragraphs {
            // Mostly short paragraphs, now and then one of several thousand units.
            let length = generator.below(20) == 0 ? 400 + generator.below(1_200) : 1 + generator.below(12)
            for _ in 0..<length {
                text += pieces[generator.below(pieces.count)]
                if bidi && generator.below(40) == 0 { text += controls[generator.below(controls.count)] }
                text += " "
            }
            text += generator.below(4) == 0 ? "\n\n\n" : "\n\n"
        }
        return Document(name: "p", text: text)
    }

    @Test("three threads give the segments one thread gives, in both languages, re-flowed or by line, with and without bidi controls")
    func sameSegments() throws {
        for (seed, bidi) in [(UInt64(7), false), (UInt64(11), true)] {
            let document = Self.document(seed: seed, paragraphs: 600, bidi: bidi)
            // Several runs of paragraphs, so the threads really share the work.
            #expect(document.count > 200_000)
            for (language, reflow) in [(SegmentationLanguage.arabic, true), (.arabic, false), (.english, true)] {
                let segmenter = try SentenceSegmenter(language: language, reflow: reflow)
                let single = try segmenter.segment(document).segments
                let parallel = try segmenter.segment(document, workers: 3).segments
                #expect(single.count > 1_000)
                #expect(parallel == single, "\(language), reflow \(reflow), bidi \(bidi)")
                // The segmenter is reusable after a parallel run.
                #expect(try segmenter.segment(document, workers: 2).segments == single)
            }
        }
    }

    @Test("a segmenter with SRX rules gives the same segments when asked for several threads")
    func srxRunsAlone() throws {
        let rules = try SRXRules(
            xml: Data(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx version="2.0" xmlns="http://www.lisa.org/srx20">
                <header segmentsubflows="yes" cascade="yes"/>
                <body><languagerules><languagerule languagerulename="ar">
                <rule break="yes"><beforebreak>؛</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern="ar.*" languagerulename="ar"/></maprules></body></srx>
                """.utf8), source: "t.srx")
        let document = Self.document(seed: 3, paragraphs: 300, bidi: false)
        let segmenter = try SentenceSegmenter(language: .arabic, srx: rules)
        #expect(try segmenter.segment(document, workers: 3).segments == segmenter.segment(document).segments)
    }
}
