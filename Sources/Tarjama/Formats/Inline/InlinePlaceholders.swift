/// Reading the placeholders (`{1}`, `{/1}`, `{1/}`) of a segment's text.
public enum InlinePlaceholders {
    /// Calls `body` with the text runs and codes of `text` in order; a placeholder that names
    /// no code of `codes` is text.
    static func scan(_ text: String, codes: [InlineCode], _ body: (InlinePart) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var runStart = 0
        func flush(to end: Int) {
            if end > runStart {
                var run = String.UnicodeScalarView()
                run.append(contentsOf: scalars[runStart..<end])
                body(.text(String(run)))
            }
        }
        while index < scalars.count {
            if scalars[index] == "{", let (code, length) = placeholder(in: scalars, at: index, codes: codes) {
                flush(to: index)
                body(.code(code))
                index += length
                runStart = index
            } else {
                index += 1
            }
        }
        flush(to: scalars.count)
    }

    /// The code whose placeholder starts at `start`, and the placeholder's length.
    private static func placeholder(in scalars: [Unicode.Scalar], at start: Int, codes: [InlineCode]) -> (InlineCode, Int)? {
        var index = start + 1
        var closing = false
        if index < scalars.count, scalars[index] == "/" { closing = true; index += 1 }
        var number = 0
        var digits = 0
        // At most six ASCII digits: no overflow, and `{１}` is text.
        while index < scalars.count, (48...57).contains(scalars[index].value), digits < 6 {
            number = number * 10 + Int(scalars[index].value - 48)
            digits += 1
            index += 1
        }
        guard digits > 0, index < scalars.count else { return nil }
        var role = closing ? InlineCode.Role.closing : .opening
        if !closing, scalars[index] == "/" {
            role = .standalone
            index += 1
        }
        guard index < scalars.count, scalars[index] == "}" else { return nil }
        guard let code = codes.first(where: { $0.id == number && $0.role == role }) else { return nil }
        return (code, index + 1 - start)
    }

    /// `text` without the placeholders of `codes`, for matching and checks that look at words
    /// only: where a removed code leaves two spaces, one goes ("Click {1/} to" → "Click to").
    public static func plainText(_ text: String, codes: [InlineCode]) -> String {
        guard !codes.isEmpty else { return text }
        var plain = ""
        scan(text, codes: codes) { part in
            guard case let .text(run) = part else { return }
            if plain.last == " ", run.first == " " {
                plain += run.dropFirst()
            } else {
                plain += run
            }
        }
        return plain
    }

    /// The codes of `codes` whose placeholders `text` lacks, for QA and for reports.
    public static func missing(_ codes: [InlineCode], in text: String, codes targetCodes: [InlineCode]) -> [InlineCode] {
        var present: [InlineCode] = []
        scan(text, codes: targetCodes) { part in
            if case let .code(code) = part { present.append(code) }
        }
        return codes.filter { code in !present.contains { $0.id == code.id && $0.role == code.role } }
    }
}
