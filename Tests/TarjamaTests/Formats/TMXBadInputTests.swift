import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

@Suite("TMX bad input is refused with file, line and column")
struct TMXBadInputTests {
    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
        <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ar" datatype="plaintext"/>
        <body>
        <tu tuid="a:1"><tuv xml:lang="ar"><seg>وقال محافظ حلب</seg></tuv><tuv xml:lang="en"><seg>The governor said</seg></tuv></tu>

        """

    static func file(_ text: String) throws -> String {
        try bytes(Array(text.utf8))
    }

    static func bytes(_ bytes: [UInt8]) throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("in.tmx").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func readAll(_ path: String) throws(FormatError) -> Int {
        try TMXReader.readAll(path: path).units.count
    }

    @Test("a complete file reads")
    func complete() throws {
        #expect(try Self.readAll(Self.file(Self.head + "</body>\n</tmx>\n")) == 1)
    }

    @Test(
        "a file cut off after a unit is refused, not half-imported",
        arguments: [
            ("", 6, 1), ("</body>\n", 7, 1), ("<tu tuid=\"a:2\"><tuv xml:lang=\"ar\"><seg>نص", 6, 42),
        ])
    func truncated(tail: String, line: Int, column: Int) throws {
        let path = try Self.file(Self.head + tail)
        #expect {
            try Self.readAll(path)
        } throws: { error in
            guard case let .truncated(file, errorLine, errorColumn, _) = error as? FormatError else { return false }
            return file == path && errorLine == line && errorColumn == column
        }
    }

    @Test("an external entity is refused before anything is read")
    func externalEntity() throws {
        let path = try Self.file(
            """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ar" datatype="plaintext"/>
            <body><tu><tuv xml:lang="ar"><seg>&x;</seg></tuv></tu></body></tmx>
            """)
        #expect {
            try Self.readAll(path)
        } throws: { error in
            guard case let .unsafe(file, line, column, reason) = error as? FormatError else { return false }
            return file == path && line == 2 && column == 16 && reason.contains("external entity")
        }
    }

    @Test("an entity-expansion bomb is refused without expanding anything")
    func billionLaughs() throws {
        var doctype = "<!DOCTYPE tmx [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let path = try Self.file(
            "<?xml version=\"1.0\"?>\n" + doctype
                + "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&lol9;</seg></tuv></tu></body></tmx>")
        #expect(
            throws: FormatError.unsafe(
                file: path, line: 3, column: 1,
                reason: "entity declarations are not accepted in exchange files (entity expansion can exhaust memory)")
        ) {
            try Self.readAll(path)
        }
    }

    @Test("an undeclared entity reference is refused with its position")
    func undeclaredEntity() throws {
        let path = try Self.file(Self.head + "<tu><tuv xml:lang=\"en\"><seg>&nbsp;</seg></tuv></tu></body></tmx>")
        #expect(throws: FormatError.malformed(file: path, line: 6, column: 29, reason: "undefined entity &nbsp;")) {
            try Self.readAll(path)
        }
    }

    @Test(
        "a position after long Arabic, mixed and wrapped text is counted in characters, not bytes",
        arguments: [
            // Long enough for the sixteen-byte scan; "سوريا" is five characters, ten bytes.
            (String(repeating: "سوريا ", count: 9), 6, 29 + 54),
            (String(repeating: "Syria سوريا ", count: 5), 6, 29 + 60),
            ("قال المحافظ إن الوضع\nفي حلب هادئ نسبيا ", 7, 1 + 18),
        ])
    func positionAfterMultibyteText(text: String, line: Int, column: Int) throws {
        let path = try Self.file(Self.head + "<tu><tuv xml:lang=\"ar\"><seg>" + text + "&nbsp;</seg></tuv></tu></body></tmx>")
        #expect(throws: FormatError.malformed(file: path, line: line, column: column, reason: "undefined entity &nbsp;")) {
            try Self.readAll(path)
        }
    }

    @Test(
        "characters XML forbids are refused on reading, raw or as references",
        arguments: [
            ("\u{01}", 39, "control character U+1 is not allowed in XML"),
            ("&#x1B;", 39, "&#x1B; is not a character XML allows"),
            ("&#0;", 39, "&#0; is not a character XML allows"),
        ])
    func invalidCharacters(text: String, column: Int, reason: String) throws {
        let path = try Self.file(Self.head + "<tu><tuv xml:lang=\"en\"><seg>bad here: " + text + "</seg></tuv></tu></body></tmx>")
        #expect(throws: FormatError.malformed(file: path, line: 6, column: column, reason: reason)) {
            try Self.readAll(path)
        }
    }

    @Test("invalid UTF-8 is refused with its line")
    func invalidUTF8() throws {
        let path = try Self.bytes(
            Array((Self.head + "<tu><tuv xml:lang=\"ar\"><seg>حلب").utf8) + [0xC3, 0x28] + Array("</seg></tuv></tu></body></tmx>".utf8))
        #expect {
            try Self.readAll(path)
        } throws: { error in
            guard case let .invalidUTF8(file, line, _) = error as? FormatError else { return false }
            return file == path && line == 6
        }
    }

    @Test(
        "mismatched tags and text after the root are refused",
        arguments: [
            ("<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>", "end tag </tuv> does not match <seg> opened at line 6"),
            ("</body></tmx>\n<tmx/>", "a second root element"),
            ("</body></tmx>trailing", "text outside the root element"),
        ])
    func wellFormedness(tail: String, reason: String) throws {
        let path = try Self.file(Self.head + tail)
        #expect {
            try Self.readAll(path)
        } throws: { error in
            guard case let .malformed(file, _, _, message) = error as? FormatError else { return false }
            return file == path && message == reason
        }
    }

    @Test("a huge single-line file is refused at the size limit, not loaded")
    func hugeSingleLine() throws {
        var limits = XMLLimits()
        limits.maxTextBytes = 1 << 20
        let body = Self.head.replacingOccurrences(of: "\n", with: "") + "<tu><tuv xml:lang=\"en\"><seg>"
        let path = try Self.bytes(
            Array(body.utf8) + [UInt8](repeating: 0x61, count: 3 << 20) + Array("</seg></tuv></tu></body></tmx>".utf8))
        #expect {
            let reader = try TMXReader(path: path, limits: limits)
            while try reader.read() != nil {}
        } throws: { error in
            guard case let .malformed(file, line, _, reason) = error as? FormatError else { return false }
            return file == path && line == 1 && reason.contains("longer than")
        }
    }

    @Test("an encoding other than UTF-8 or UTF-16 is refused with advice")
    func otherEncoding() throws {
        let path = try Self.file("<?xml version=\"1.0\" encoding=\"windows-1256\"?><tmx/>")
        #expect(
            throws: FormatError.malformed(
                file: path, line: 1, column: 1, reason: "encoding windows-1256 is not supported; save the file as UTF-8")
        ) {
            try Self.readAll(path)
        }
    }

    @Test("a file that is not TMX says so")
    func notTMX() throws {
        let path = try Self.file("<?xml version=\"1.0\"?><xliff version=\"2.1\"/>")
        #expect(
            throws: FormatError.malformed(
                file: path, line: 1, column: 22, reason: "the root element is <xliff>, not <tmx>: is this a TMX file?")
        ) {
            try Self.readAll(path)
        }
    }

    @Test(
        "invalid UTF-8 in an attribute or split across read buffers is refused with its line",
        arguments: [1 << 18, 16])
    func invalidUTF8Anywhere(bufferBytes: Int) throws {
        var limits = XMLLimits()
        limits.bufferBytes = bufferBytes
        let attribute = try Self.bytes(
            Array((Self.head + "<tu tuid=\"").utf8) + [0xD8, 0x41]
                + Array("\"><tuv xml:lang=\"ar\"><seg>x</seg></tuv></tu></body></tmx>".utf8))
        let text = try Self.bytes(
            Array((Self.head + "<tu><tuv xml:lang=\"ar\"><seg>" + String(repeating: "حلب ", count: 20)).utf8) + [0xE2, 0x82]
                + Array("</seg></tuv></tu></body></tmx>".utf8))
        for path in [attribute, text] {
            #expect {
                let reader = try TMXReader(path: path, limits: limits)
                while try reader.read() != nil {}
            } throws: { error in
                guard case let .invalidUTF8(file, line, _) = error as? FormatError else { return false }
                return file == path && line == 6
            }
        }
    }
}
