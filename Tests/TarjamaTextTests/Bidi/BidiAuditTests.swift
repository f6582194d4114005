import Testing
import TarjamaText

@Suite("Bidi control audit")
struct BidiAuditTests {
    static func units(_ text: String) -> [UInt16] { Array(text.utf16) }

    @Test("closed embeddings, overrides and isolates and bare marks are balanced")
    func balanced() {
        let audit = BidiAudit(Self.units("قال \u{202B}x\u{202C} و\u{2067}SANA\u{2069} \u{202E}abc\u{202C}\u{200F}\u{061C}"))
        #expect(audit.isBalanced)
        #expect(audit.controlCount == 8)
        #expect(audit.markCount == 2)
    }

    @Test("an override left open to the end of its line is reported with line and column (Trojan Source)")
    func trojanSource() {
        let text = "access = \"user\"\nif access != \"user\u{202E} \u{2066}// admin\u{2069} \u{2066}\" {\nok\n"
        let audit = BidiAudit(Self.units(text))
        #expect(!audit.isBalanced)
        #expect(audit.findings.map(\.control) == [.rightToLeftOverride, .leftToRightIsolate])
        #expect(audit.findings.map(\.kind) == [.unterminated, .unterminated])
        #expect(audit.findings.map(\.line) == [2, 2])
        #expect(audit.findings.map(\.column) == [19, 32])
        #expect(audit.findings[0].offset == 16 + 18)
        #expect(audit.findings[0].description.hasPrefix("2:19: RLO (U+202E) is not closed by a PDF"))
    }

    @Test("a line break closes everything: an override opened on one line and closed on the next is reported")
    func lineBreakCloses() {
        let audit = BidiAudit(Self.units("\u{202E}abc\r\n\u{202C}def"))
        #expect(audit.findings.map(\.kind) == [.unterminated, .unmatched])
        #expect(audit.findings.map(\.line) == [1, 2])
        #expect(audit.findings[1].column == 1)
    }

    @Test("a PDF cannot close across an isolate; a PDI closes the embeddings inside its isolate")
    func isolatesAndEmbeddings() {
        let pdfInsideIsolate = BidiAudit(Self.units("a\u{202B}b\u{2066}c\u{202C}d\u{2069}e\u{202C}"))
        #expect(pdfInsideIsolate.findings.map(\.kind) == [.unmatched])
        #expect(pdfInsideIsolate.findings.map(\.offset) == [5])
        let embeddingClosedByPDI = BidiAudit(Self.units("a\u{2067}b\u{202D}c\u{2069}"))
        #expect(embeddingClosedByPDI.findings.map(\.control) == [.leftToRightOverride])
        #expect(BidiAudit(Self.units("\u{2069}")).findings.map(\.kind) == [.unmatched])
    }

    @Test("stripping removes every control and mark and nothing else")
    func strip() {
        let text = "قال \u{202B}x\u{202C} و\u{2067}SANA\u{2069}\u{200F}\u{202E}"
        #expect(BidiControl.strip(Self.units(text)) == Self.units("قال x وSANA"))
        #expect(BidiAudit(BidiControl.strip(Self.units(text))).controlCount == 0)
    }
}
