/// One part of a segment with inline codes: a run of text or a code.
public enum InlinePart: Sendable, Hashable {
    case text(String)
    case code(InlineCode)
}

extension InlinePart {
    /// The parts of `text` whose placeholders stand for `codes`: each placeholder that names one
    /// of `codes` (number and role) becomes that code, everything else is text. Without codes
    /// the whole text is one run, so a literal `{1}` in plain text stays text.
    public static func parts(of text: String, codes: [InlineCode]) -> [InlinePart] {
        guard !codes.isEmpty else { return text.isEmpty ? [] : [.text(text)] }
        var parts: [InlinePart] = []
        var run = ""
        InlinePlaceholders.scan(text, codes: codes) { piece in
            switch piece {
            case let .text(value): run += value
            case let .code(code):
                if !run.isEmpty { parts.append(.text(run)); run = "" }
                parts.append(.code(code))
            }
        }
        if !run.isEmpty { parts.append(.text(run)) }
        return parts
    }

    /// The text with placeholders and the codes of `parts`, as ``TranslationVariant`` and the
    /// bilingual record keep them.
    public static func text(of parts: [InlinePart]) -> (text: String, codes: [InlineCode]) {
        var text = ""
        var codes: [InlineCode] = []
        for part in parts {
            switch part {
            case let .text(value): text += value
            case let .code(code):
                text += code.placeholder
                codes.append(code)
            }
        }
        return (text, codes)
    }
}
