/// An audit of the bidi control characters in a text: every embedding, override and isolate
/// must be closed on its own line (the bidi algorithm ends them at each paragraph separator),
/// and every PDF or PDI must close something.
public struct BidiAudit: Sendable {
    /// The problems found, in text order of their offsets.
    public var findings: [BidiFinding]
    /// How many bidi control characters the text holds, marks included.
    public var controlCount: Int
    /// How many of those are zero-width marks (LRM, RLM, ALM), which are harmless.
    public var markCount: Int

    /// Whether no control is left open or closes nothing.
    public var isBalanced: Bool { findings.isEmpty }

    /// Audits `units` (a document's text).
    ///
    /// - Complexity: O(n).
    public init(_ units: [UInt16]) {
        var findings: [BidiFinding] = []
        var controls = 0
        var marks = 0
        var stack: [(control: BidiControl, offset: Int, line: Int, column: Int)] = []
        var line = 1
        var lineStart = 0
        func closeLine() {
            for open in stack {
                findings.append(
                    BidiFinding(
                        kind: .unterminated, control: open.control, offset: open.offset,
                        line: open.line, column: open.column))
            }
            stack.removeAll(keepingCapacity: true)
        }
        func audit(_ unit: UInt16, at offset: Int) {
            if TextUnits.isLineBreak(unit) {
                closeLine()
                // CRLF is one line end.
                if !(unit == 0x0D && offset + 1 < units.count && units[offset + 1] == 0x0A) {
                    line += 1
                    lineStart = offset + 1
                } else {
                    lineStart = offset + 2
                }
                return
            }
            guard let control = BidiControl(unit: unit) else { return }
            controls += 1
            let column = offset - lineStart + 1
            if control.isMark {
                marks += 1
            } else if control.opensEmbedding || control.opensIsolate {
                stack.append((control, offset, line, column))
            } else if control == .popDirectionalFormatting {
                // A PDF closes the latest embedding, but never across an open isolate.
                if let last = stack.last, last.control.opensEmbedding {
                    stack.removeLast()
                } else {
                    findings.append(BidiFinding(kind: .unmatched, control: control, offset: offset, line: line, column: column))
                }
            } else if let isolate = stack.lastIndex(where: { $0.control.opensIsolate }) {
                // A PDI closes its isolate and, implicitly, the embeddings opened inside it:
                // those were left unclosed by their own PDF.
                for open in stack[(isolate + 1)...] {
                    findings.append(
                        BidiFinding(
                            kind: .unterminated, control: open.control, offset: open.offset,
                            line: open.line, column: open.column))
                }
                stack.removeSubrange(isolate...)
            } else {
                findings.append(BidiFinding(kind: .unmatched, control: control, offset: offset, line: line, column: column))
            }
        }
        // Only line breaks (U+000A–U+000D, U+0085, U+2028, U+2029) and bidi controls (U+061C,
        // U+200E–U+2069) matter: blocks of 16 units with neither are skipped whole.
        units.withUnsafeBufferPointer { text in
            TextUnits.forEachCandidateBlock(
                in: text,
                mayHold: { block in
                    (block &- SIMD16(repeating: 0x0A)) .<= SIMD16(repeating: 3) .| (block .== SIMD16(repeating: 0x85))
                        .| (block &- SIMD16(repeating: 0x200E)) .<= SIMD16(repeating: 0x5B) .| (block .== SIMD16(repeating: 0x061C))
                }
            ) { block in
                for offset in block { audit(text[offset], at: offset) }
                return true
            }
        }
        closeLine()
        self.findings = findings.sorted { $0.offset < $1.offset }
        self.controlCount = controls
        self.markCount = marks
    }
}
