import Testing
import TarjamaText
import TestSupport

@Suite("Bidi layout")
struct BidiLayoutTests {
    static func text(_ units: [UInt16]) -> String { String(decoding: units, as: UTF16.self) }

    @Test("each line has a base direction from its first strong character and its runs in logical order")
    func paragraphs() throws {
        let layout = try BidiLayout()
        let units = Array("وكالة SANA للأنباء\nSANA said\n\n123".utf16)
        let paragraphs = try layout.paragraphs(of: units)
        #expect(paragraphs.map(\.baseDirection) == [.rightToLeft, .leftToRight, .leftToRight])
        #expect(paragraphs.map(\.direction) == [.mixed, .leftToRight, .leftToRight])
        #expect(paragraphs[0].runs.map(\.range) == [0..<6, 6..<10, 10..<18])
        #expect(paragraphs[0].runs.map(\.direction) == [.rightToLeft, .leftToRight, .rightToLeft])
        #expect(paragraphs[1].range == 19..<28)
    }

    @Test("visual order reverses Arabic for a plain terminal and keeps Latin and numbers readable, line by line")
    func visual() throws {
        let layout = try BidiLayout()
        let visual = try layout.visualOrder(of: Array("عام 2016 (SANA)\r\nok".utf16))
        #expect(Self.text(visual) == "(SANA) 2016 ماع\r\nok")
    }

    @Test("Latin names and numbers inside Arabic are wrapped in LRI…PDI; Arabic inside English in RLI…PDI")
    func isolates() throws {
        let layout = try BidiLayout()
        let isolated = try layout.isolatingOppositeRuns(in: Array("في عام 2016 قالت SANA ذلك\nSANA quoted وكالة سانا.".utf16))
        #expect(
            Self.text(isolated)
                == "في عام \u{2066}2016\u{2069} قالت \u{2066}SANA\u{2069} ذلك\nSANA quoted \u{2067}وكالة سانا\u{2069}.")
        #expect(BidiAudit(isolated).isBalanced)
    }

    @Test("on random mixed text, isolation keeps every character, adds only balanced isolates, and visual order keeps the length")
    func randomText() throws {
        let layout = try BidiLayout()
        var generator = SplitMix64(state: 9)
        let pieces = ["قال", "SANA", "2016", " ", "(", ")", ".", "،", "\n", "\r\n", "Idlib", "ادلب", "-", "٣", "🙂", "\"", "\u{2029}"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let units = Array(text.utf16)
            let isolated = try layout.isolatingOppositeRuns(in: units)
            #expect(BidiControl.strip(isolated) == units)
            #expect(BidiAudit(isolated).isBalanced, "text: \(text.debugDescription)")
            let visual = try layout.visualOrder(of: units)
            #expect(visual.count == units.count)
        }
    }
}
