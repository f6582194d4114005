import Foundation
import Testing
import TarjamaText

/// The strict XML pull reader on its own (TMX, XLIFF, TBX and SRX all read through it): its
/// limits, the DOCTYPE's internal subset, and UTF-16 input, which it decodes (UTF-16 LE or BE,
/// with a BOM or detected from `<?xml`) and then checks like UTF-8.
@Suite("XML pull reader")
struct XMLPullParserTests {
    static func events(_ text: String, limits: XMLLimits = XMLLimits()) throws(XMLError) -> [XMLEvent] {
        try events(Array(text.utf8), limits: limits)
    }

    static func events(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(XMLError) -> [XMLEvent] {
        let parser = XMLPullParser(name: "in.xml", bytes: bytes, limits: limits)
        var events: [XMLEvent] = []
        while let event = try parser.next() { events.append(event) }
        return events
    }

    static func utf16LE(_ text: String, bom: Bool = true) -> [UInt8] {
        (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func utf16BE(_ text: String) -> [UInt8] {
        [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    @Test("elements nested one deeper than the depth limit are refused where the extra one opens")
    func depthLimit() throws {
        var limits = XMLLimits()
        limits.maxDepth = 3
        #expect(try Self.events("<a><b><c/></b></a>", limits: limits).count == 6)
        #expect(throws: XMLError.malformed(file: "in.xml", line: 1, column: 10, reason: "elements nested deeper than 3 levels")) {
            try Self.events("<a><b><c><d/></c></b></a>", limits: limits)
        }
    }

    @Test("a tag with more attributes than the limit is refused; one at the limit is read")
    func attributeLimit() throws {
        var limits = XMLLimits()
        limits.maxAttributes = 2
        #expect(
            try Self.events("<a x=\"1\" y=\"2\"/>", limits: limits).first
                == .start(
                    name: "a",
                    attributes: [
                        XMLAttribute(name: "x", value: "1"), XMLAttribute(name: "y", value: "2"),
                    ]))
        #expect {
            try Self.events("<a x=\"1\" y=\"2\" z=\"3\"/>", limits: limits)
        } throws: { error in
            guard case let .malformed(file, line, _, reason) = error as? XMLError else { return false }
            return file == "in.xml" && line == 1 && reason == "more than 2 attributes in <a>"
        }
    }

    @Test("a parameter entity (% in the internal subset) is refused as unsafe at its position")
    func percentInSubset() throws {
        #expect {
            try Self.events("<!DOCTYPE r [\n  %p;\n]><r/>")
        } throws: { error in
            guard case let .unsafe(_, line, column, reason) = error as? XMLError else { return false }
            return line == 2 && column == 3 && reason.contains("parameter entities")
        }
        #expect(throws: XMLError.self) { try Self.events("<!DOCTYPE r [<!ENTITY % p \"x\">]><r/>") }
    }

    @Test("comments inside the internal subset are read, even with % or <!ENTITY in them")
    func commentsInSubset() throws {
        let document = "<!DOCTYPE r [\n<!-- 50% -->\n<!-- not a declaration: <!ENTITY x \"y\"> -->\n<!ELEMENT r (#PCDATA)>\n]>\n<r>ok</r>"
        #expect(try Self.events(document) == [.start(name: "r", attributes: []), .text("ok"), .end(name: "r")])
    }

    @Test("an entity declaration is refused, at its line, whatever the encoding")
    func entityDeclaration() throws {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r [<!ENTITY x \"y\">]>\n<r>&x;</r>"
        for bytes in [
            Array(document.replacingOccurrences(of: "UTF-16", with: "UTF-8").utf8), Self.utf16LE(document),
            Self.utf16LE(document, bom: false), Self.utf16BE(document),
        ] {
            #expect {
                try Self.events(bytes)
            } throws: { error in
                guard case let .unsafe(_, line, column, _) = error as? XMLError else { return false }
                return line == 2 && column == 14
            }
        }
    }

    @Test("UTF-16 input is decoded, LE or BE, with a BOM or from <?xml; an unpaired surrogate is refused")
    func utf16() throws {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r a=\"حلب\">Aleppo 𝒜</r>"
        let expected: [XMLEvent] = [
            .start(name: "r", attributes: [XMLAttribute(name: "a", value: "حلب")]), .text("Aleppo 𝒜"), .end(name: "r"),
        ]
        #expect(try Self.events(Self.utf16LE(document)) == expected)
        #expect(try Self.events(Self.utf16LE(document, bom: false)) == expected)
        #expect(try Self.events(Self.utf16BE(document)) == expected)
        var broken = Self.utf16LE("<r>x</r>")
        broken.insert(contentsOf: [0x00, 0xD8], at: 8)
        #expect {
            try Self.events(broken)
        } throws: { error in
            guard case .invalidUTF8 = error as? XMLError else { return false }
            return true
        }
    }

    @Test("a document cut off inside its root is refused as truncated, naming the label given")
    func truncated() throws {
        #expect {
            try Self.events("<r><a>text")
        } throws: { error in
            guard case let .truncated(file, line, _, reason) = error as? XMLError else { return false }
            return file == "in.xml" && line == 1 && reason.contains("<a>")
        }
    }
}
