import Foundation
@testable import Tarjama
import TarjamaText
import Testing
import TestSupport

/// `tarjama suggest` writes its JSONL by hand and on several threads; what it writes must be
/// byte for byte what the `JSONValue` writer, one segment after another, writes.
@Suite("Suggestion job output")
struct SuggestionJobTests {
    /// Texts with everything the two writers treat specially: each kind of line break (CR LF is
    /// one), quotes, backslashes, controls, U+2028/U+2029, a surrogate pair, other E2 sequences.
    static let awkward = [
        "قال \"الوزير\" إن\r\nالرقة\\ح\tماة",
        "سطر\rسطر\nسطر\u{0B}سطر\u{0C}سطر\u{85}سطر\u{2028}سطر\u{2029}نهاية",
        "\u{01}\u{08}\u{1F}\u{7F} – “quoted” … 😀 \u{2027}\u{202A}",
        "\r\n\r\n\n\r",
        "",
    ]

    static func suggestion(_ text: String, origin: TermSuggestion.Origin, match: String = "exact") -> TermSuggestion {
        TermSuggestion(
            range: 3..<(3 + text.utf16.count), text: text, source: "مصدر \"س\"", rendering: "Rendering\n\"R\"",
            alternatives: ["a\u{2028}b", "c\\d"], forbidden: origin == .glossary ? ["F\u{01}"] : [],
            type: "person", match: match, clitics: origin == .glossary ? "و+ال" : "", origin: origin,
            entryIndex: nil, note: origin == .number ? "note\r\nhere" : nil)
    }

    static func bytes(_ units: [UInt16], name: String, n: Int, time: TimeRange?, suggestions: [TermSuggestion]) -> [UInt8] {
        var output: [UInt8] = []
        units.withUnsafeBufferPointer { buffer in
            TermSuggestion.appendJSONLine(
                idPrefix: TermSuggestion.jsonIDPrefix(documentName: name), n: n, units: buffer,
                range: 0..<buffer.count, time: time, suggestions: suggestions, to: &output)
        }
        return output
    }

    static func expected(_ units: [UInt16], name: String, n: Int, time: TimeRange?, suggestions: [TermSuggestion]) -> [UInt8] {
        let text = String(decoding: units, as: UTF16.self)
        return Array(
            (TermSuggestion.jsonLine(
                id: "\(name):\(n)", text: text, range: 0..<units.count, time: time,
                suggestions: suggestions) + "\n").utf8)
    }

    @Test("a line written as bytes is the JSONValue line, for every kind of line break, escape and suggestion field")
    func awkwardText() {
        for text in Self.awkward {
            let suggestions = [
                Self.suggestion(text, origin: .glossary), Self.suggestion(text, origin: .number),
                Self.suggestion(text, origin: .romanised, match: TermSuggestion.guessMatch),
            ]
            for time in [nil, TimeRange(start: 1500, end: 61_007)] {
                let units = Array(text.utf16)
                let name = "doc \"ü\"\\\u{2028}"
                #expect(
                    Self.bytes(units, name: name, n: 12, time: time, suggestions: suggestions)
                        == Self.expected(units, name: name, n: 12, time: time, suggestions: suggestions))
            }
        }
    }

    @Test("a lone surrogate in the document is written as U+FFFD, as the decoded String has it")
    func loneSurrogate() {
        let units: [UInt16] = [0x0627, 0xD83D, 0x0020, 0xDE00, 0x0644, 0xD83D]
        let written = Self.bytes(units, name: "d", n: 1, time: nil, suggestions: [])
        #expect(written == Self.expected(units, name: "d", n: 1, time: nil, suggestions: []))
        #expect(String(decoding: written, as: UTF8.self).contains("\u{FFFD}"))
    }

    @Test("random texts of line breaks, escapes and Arabic are written as the JSONValue writer writes them")
    func randomTexts() {
        let pieces: [UInt16] = [
            0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029, 0x22, 0x5C, 0x09, 0x08, 0x01, 0x1F, 0x20,
            0x41, 0x0627, 0x0644, 0x064B, 0xE2, 0x20AC, 0xFEFF, 0xD83D, 0xDE00, 0xDC00,
        ]
        var generator = SplitMix64(state: 25)
        for _ in 0..<2_000 {
            let length = generator.below(12)
            let units = (0..<length).map { _ in pieces[generator.below(pieces.count)] }
            let text = String(decoding: units, as: UTF16.self)
            let suggestions = [Self.suggestion(text, origin: .glossary)]
            #expect(
                Self.bytes(units, name: "r", n: 3, time: nil, suggestions: suggestions)
                    == Self.expected(units, name: "r", n: 3, time: nil, suggestions: suggestions), "units \(units)")
        }
    }

    @Test("the job writes the same bytes on one thread and on several, and the same as writing line by line")
    func threadsAgree() throws {
        let sentences = [
            "قال الرئيس بشار الأسد إن الجيش دخل حلب وإدلب.",
            "وقتل ثلاثة وعشرون شخصا في 15 كانون الأول 2016 في الرقة.",
            "وأعلنت الأمم المتحدة عن وقف لإطلاق النار\nفي حماة، وقال محافظ حمص طلال البرازي إن ١٢ جرحوا.",
        ]
        // Enough text for many chunks, so the threads interleave.
        let text = (0..<3_000).map { sentences[$0 % sentences.count] + ($0 % 7 == 6 ? "\n\n" : " ") }.joined()
        let document = Document(name: "bulk", text: text)
        let segmented = try SentenceSegmenter(language: .arabic).segment(document)
        #expect(SuggestionJob.chunks(of: segmented.segments).count > 4)
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "بشار الأسد", target: "Bashar al-Assad", type: .person),
            GlossaryEntry(source: "حلب", target: "Aleppo", type: .place),
            GlossaryEntry(source: "الأمم المتحدة", target: "United Nations", type: .organisation),
        ])
        let suggester = GlossarySuggester(glossary: glossary)
        var lineByLine = ""
        try document.units.withUnsafeBufferPointer { units in
            for segment in segmented.segments {
                lineByLine +=
                    TermSuggestion.jsonLine(
                        id: segmented.id(of: segment), text: segmented.text(of: segment),
                        range: segment.range, suggestions: try suggester.suggestions(in: units, range: segment.range)) + "\n"
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-suggestion-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(workers: Int, format: SuggestionJob.Format) throws -> Data {
            let path = directory.appendingPathComponent("\(format)-\(workers)").path
            let writer = try AtomicFileWriter(path: path)
            try SuggestionJob(suggester: suggester, format: format, workers: workers).write(segmented, times: nil, to: writer)
            try writer.commit()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let single = try run(workers: 1, format: .jsonl)
        #expect(single == Data(lineByLine.utf8))
        #expect(try run(workers: 3, format: .jsonl) == single)
        #expect(try run(workers: 3, format: .text) == run(workers: 1, format: .text))
    }
}
