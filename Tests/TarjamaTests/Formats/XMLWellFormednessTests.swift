import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

/// The XML reader against the cases a differential fuzz with xmllint found (issue 19): each
/// malformed document is refused at its line and column, and the well-formed twin is read.
@Suite("XML that is not well formed is refused; XML that is, is read")
struct XMLWellFormednessTests {
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("in.xml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every event of `text`, read with a buffer of `bufferBytes`.
    static func events(_ bytes: [UInt8], bufferBytes: Int = 1 << 18) throws -> [XMLEvent] {
        var limits = XMLLimits()
        limits.bufferBytes = bufferBytes
        let parser = try XMLPullParser(path: file(bytes), limits: limits)
        var events: [XMLEvent] = []
        while let event = try parser.next() { events.append(event) }
        return events
    }

    static func events(_ text: String, bufferBytes: Int = 1 << 18) throws -> [XMLEvent] {
        try events(Array(text.utf8), bufferBytes: bufferBytes)
    }

    /// The text of `events`, joined.
    static func text(_ events: [XMLEvent]) -> String {
        events.map { if case let .text(text) = $0 { text } else { "" } }.joined()
    }

    /// Expects `bytes` refused as malformed at `line`:`column` with a reason containing `reason`.
    static func expectMalformed(
        _ bytes: [UInt8], line: Int, column: Int, _ reason: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) {
            _ = try events(bytes)
        } throws: { error in
            guard case let .malformed(_, errorLine, errorColumn, message) = error as? XMLError else { return false }
            return errorLine == line && errorColumn == column && message.contains(reason)
        }
    }

    static func expectMalformed(
        _ text: String, line: Int, column: Int, _ reason: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectMalformed(Array(text.utf8), line: line, column: column, reason, sourceLocation: sourceLocation)
    }

    // MARK: Names

    @Test("an element name with '!' is refused, not read as text with the element gone")
    func elementNameWithBang() throws {
        Self.expectMalformed("<seg>Ale<a!/>ppo</seg>", line: 1, column: 11, "'!' is not allowed in a name (in a start tag)")
        Self.expectMalformed("<seg>Ale<a!>x</a!>ppo</seg>", line: 1, column: 11, "'!' is not allowed in a name")
        #expect(try Self.text(Self.events("<seg>Ale<a/>ppo</seg>")) == "Aleppo")
    }

    @Test("an attribute name starting with or holding '!' is refused, not dropped")
    func attributeNameWithBang() throws {
        Self.expectMalformed(
            "<prop !ype=\"x-source-ids\">a:1</prop>", line: 1, column: 7, "a name cannot start with '!' (in an attribute of <prop>)")
        Self.expectMalformed(
            "<prop ty!pe=\"x-source-ids\">a:1</prop>", line: 1, column: 9, "'!' is not allowed in a name (in an attribute of <prop>)")
        #expect(
            try Self.events("<prop type=\"x-source-ids\">a:1</prop>").first
                == .start(name: "prop", attributes: [XMLAttribute(name: "type", value: "x-source-ids")]))
    }

    @Test(
        "names follow XML's Name production, ASCII and beyond",
        arguments: [
            ("<a:b-c.d_1/>", true), ("<_x/>", true), ("<مقطع>نص</مقطع>", true), ("<a·b/>", true), ("<é/>", true),
            ("<1a/>", false), ("<-a/>", false), ("<.a/>", false), ("<·a/>", false), ("<a×b/>", false),
            ("<a$b/>", false), ("<a~/>", false), ("<a{b}/>", false), ("<e a.b-c=\"1\"/>", true), ("<e 9=\"1\"/>", false),
            ("<e a,b=\"1\"/>", false), ("<e a\u{2028}b=\"1\"/>", false), ("<abcdefghijklmnop!/>", false), ("<abcdefghijklmnopq/>", true),
        ])
    func nameProduction(document: String, wellFormed: Bool) throws {
        for bufferBytes in [1 << 18, 16] {
            let accepted = (try? Self.events(document, bufferBytes: bufferBytes)) != nil
            #expect(accepted == wellFormed, "\(document) with a \(bufferBytes)-byte buffer")
        }
    }

    @Test("an end tag with a character names do not allow is refused")
    func endTagName() {
        Self.expectMalformed("<seg>x</seg!>", line: 1, column: 12, "'!' is not allowed in a name (in an end tag)")
    }

    // MARK: Comments, text, processing instructions

    @Test(
        "'--' inside a comment is refused; a dash before other characters is not",
        arguments: [
            ("<r><!-- a - b --></r>", true), ("<r><!---->x</r>", true), ("<r><!--->-->x</r>", true),
            ("<!-- before --><r/><!-- after -->", true),
            ("<r><!-- a -- b --></r>", false), ("<r><!----->x</r>", false), ("<r><!-- a ---></r>", false), ("<r><!-- a --</r>", false),
        ])
    func comments(document: String, wellFormed: Bool) throws {
        #expect(((try? Self.events(document)) != nil) == wellFormed)
    }

    @Test("'--' inside a comment is refused at its position")
    func commentDoubleDashPosition() {
        Self.expectMalformed("<r>\n<!-- a -- b --></r>", line: 2, column: 8, "'--' is not allowed inside a comment")
    }

    @Test("']]>' in text is refused wherever it falls in the read buffer", arguments: [1 << 18, 16, 17, 18, 19, 20])
    func cdataEndInText(bufferBytes: Int) throws {
        for padding in 0..<20 {
            let prefix = String(repeating: "حلب", count: padding / 3) + String(repeating: "x", count: padding % 3)
            let document = "<seg>" + prefix + "]]>" + " Aleppo</seg>"
            let column = 6 + prefix.count
            #expect {
                _ = try Self.events(document, bufferBytes: bufferBytes)
            } throws: { error in
                guard case let .malformed(_, 1, errorColumn, reason) = error as? XMLError else { return false }
                return errorColumn == column && reason == "']]>' is not allowed in text (write ]]&gt;)"
            }
            #expect(
                try Self.text(Self.events("<seg>" + prefix + "]]&gt; ]> ]] > Aleppo</seg>", bufferBytes: bufferBytes))
                    == prefix + "]]> ]> ]] > Aleppo")
        }
    }

    @Test("']]>' in long text is refused on its line")
    func cdataEndInLongText() {
        let long = String(repeating: "قال محافظ حلب إن الوضع هادئ ", count: 4)
        Self.expectMalformed("<seg>" + long + "\n" + long + "]]></seg>", line: 2, column: long.count + 1, "']]>' is not allowed in text")
    }

    @Test(
        "a processing instruction needs a name and white space after it",
        arguments: [
            ("<r><?x?></r>", true), ("<r><?x y=1?></r>", true), ("<r><?xml-stylesheet href=\"a\"?></r>", true), ("<r/><?x ??>", true),
            ("<r><?x=1?></r>", false), ("<r><?x?y?></r>", false), ("<r><?1x?></r>", false), ("<r><? x?></r>", false),
            ("<r><?x y</r>", false),
        ])
    func processingInstructions(document: String, wellFormed: Bool) throws {
        #expect(((try? Self.events(document)) != nil) == wellFormed)
    }

    @Test(
        "a processing instruction called xml in any case is refused except the declaration",
        arguments: [
            "<?XML version=\"1.0\"?><r/>", "<?Xml version=\"1.0\"?><r/>", "<r><?xml version=\"1.0\"?></r>", "<r><?xMl a?></r>",
            " <?xml version=\"1.0\"?><r/>", "<r/><?xml version=\"1.0\"?>",
        ])
    func reservedTarget(document: String) {
        #expect(throws: XMLError.self) { _ = try Self.events(document) }
    }

    @Test("a character reference is digits only")
    func characterReferenceDigits() throws {
        Self.expectMalformed("<r>&#x+41;</r>", line: 1, column: 4, "is not a character XML allows")
        Self.expectMalformed("<r>&#+65;</r>", line: 1, column: 4, "is not a character XML allows")
        Self.expectMalformed("<r>&#x;</r>", line: 1, column: 4, "is not a character XML allows")
        #expect(try Self.text(Self.events("<r>&#x41;&#65;&#x0627;</r>")) == "AAا")
    }

    // MARK: The XML declaration

    @Test(
        "the XML declaration is read by its grammar",
        arguments: [
            ("<?xml version=\"1.0\"?><r/>", true), ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><r/>", true),
            ("<?xml version = \"1.0\"  encoding = \"utf-8\" ?><r/>", true), ("<?xml version=\"1.0\" standalone=\"no\"?><r/>", true),
            ("<?xml version=\"1.*\"?><r/>", false), ("<?xml version=\"1.\"?><r/>", false),
            ("<?xml version=\"1.0\" encodng=\"UTF-8\"?><r/>", false),
            ("<?xml version=\"1.0\"encoding=\"UTF-8\"?><r/>", false), ("<?xml version=\"1.0\" standalone=\"maybe\"?><r/>", false),
            ("<?xml encoding=\"UTF-8\"?><r/>", false), ("<?xml?><r/>", false),
            ("<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?><r/>", false),
            ("<?xml version=\"1.0\" version=\"1.0\"?><r/>", false), ("<?xml version=\"1.0\" encoding=\"-x\"?><r/>", false),
            ("<?xml version=1.0?><r/>", false), ("<?xml version=\"1.0\" ?x><r/>", false), ("<?xml version=\"1.0&#48;\"?><r/>", false),
        ])
    func xmlDeclaration(document: String, wellFormed: Bool) throws {
        #expect(((try? Self.events(document)) != nil) == wellFormed)
    }

    @Test("a broken XML declaration is refused where it breaks")
    func xmlDeclarationPositions() {
        Self.expectMalformed("<?xml version=\"1.*\"?><r/>", line: 1, column: 15, "not a version number")
        Self.expectMalformed(
            "<?xml version=\"1.0\" encodng=\"UTF-8\"?><r/>", line: 1, column: 21, "encodng is not a setting of the XML declaration")
        Self.expectMalformed("<?xml version=\"1.0\"encoding=\"UTF-8\"?><r/>", line: 1, column: 20, "expected white space")
        Self.expectMalformed("<?xml version=\"1.0\" standalone=\"maybe\"?><r/>", line: 1, column: 32, "standalone must be yes or no")
    }

    // MARK: The DOCTYPE

    @Test("a DOCTYPE with a comment holding ']>' in its internal subset is read")
    func doctypeCommentWithBracket() throws {
        let events = try Self.events("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"x\" [<!-- ]> -->]>\n<tmx/>")
        #expect(events == [.start(name: "tmx", attributes: []), .end(name: "tmx")])
    }

    @Test(
        "DOCTYPEs XML allows are read",
        arguments: [
            "<!DOCTYPE r><r/>", "<!DOCTYPE r SYSTEM 'r.dtd'><r/>",
            "<!DOCTYPE r PUBLIC \"-//LISA OSCAR:1998//DTD for TMX//EN\" \"tmx14.dtd\"><r/>",
            "<!DOCTYPE r[]><r/>",
            "<!DOCTYPE r [ <?pi x?> <!ELEMENT r (#PCDATA)> <!ATTLIST r a CDATA \"x>]y\"> <!NOTATION n SYSTEM \"n\"> ]  ><r/>",
            "<!-- a --><!DOCTYPE r><!-- b --><r/>",
        ])
    func doctypesRead(document: String) throws {
        #expect(try Self.events(document).first == .start(name: "r", attributes: []))
    }

    @Test(
        "DOCTYPEs XML does not allow are refused",
        arguments: [
            "<!DOCTYPE r><!DOCTYPE r><r/>", "<!DOCTYPEr><r/>", "<!DOCTYPE 1r><r/>", "<!DOCTYPE r SYSTEM><r/>",
            "<!DOCTYPE r SYSTEMx \"a\"><r/>",
            "<!DOCTYPE r PUBLIC \"a{b}\" \"x\"><r/>", "<!DOCTYPE r PUBLIC \"a\"><r/>", "<!DOCTYPE r [ x ]><r/>",
            "<!DOCTYPE r [<!FOO r>]><r/>",
            "<!DOCTYPE r [<!-- a -- b -->]><r/>", "<!DOCTYPE r [<!ELEMENT r <x>]><r/>", "<!DOCTYPE r [<?xml version=\"1.0\"?>]><r/>",
            "<!DOCTYPE r \"x\"><r/>", "<!DOCTYPE r [] x><r/>", "<r/><!DOCTYPE r>",
        ])
    func doctypesRefused(document: String) {
        #expect(throws: XMLError.self) { _ = try Self.events(document) }
    }

    @Test("a second DOCTYPE is refused at its position")
    func secondDoctype() {
        Self.expectMalformed("<!DOCTYPE r>\n<!DOCTYPE r>\n<r/>", line: 2, column: 1, "a second DOCTYPE")
    }

    @Test(
        "invalid UTF-8 in the DOCTYPE, a comment or a processing instruction is refused with its position",
        arguments: [
            ("<!DOCTYPE r SYSTEM \"", "\"><r/>", 1, 21), ("<!DOCTYPE r [<!-- ", " -->]><r/>", 1, 19), ("<r>\n<!-- حلب ", " --></r>", 2, 10),
            ("<r><?pi ", "?></r>", 1, 9), ("<!DOCTYPE r [<!ATTLIST r a CDATA \"", "\">]><r/>", 1, 35),
        ])
    func invalidUTF8InMarkup(before: String, after: String, line: Int, column: Int) {
        for bad: [UInt8] in [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0xAF]] {
            #expect {
                _ = try Self.events(Array(before.utf8) + bad + Array(after.utf8))
            } throws: { error in
                guard case let .invalidUTF8(_, errorLine, errorColumn) = error as? XMLError else { return false }
                return errorLine == line && errorColumn == column
            }
        }
    }

    @Test(
        "entities stay refused as unsafe wherever they hide in the DOCTYPE",
        arguments: [
            "<!DOCTYPE r [<!ENTITY x \"y\">]><r/>", "<!DOCTYPE r [<!-- c --> <!ENTITY x SYSTEM \"file:///etc/passwd\">]><r/>",
            "<!DOCTYPE r [%p;]><r/>", "<!DOCTYPE r [<!ELEMENT r %p;>]><r/>",
        ])
    func entitiesRefused(document: String) {
        #expect {
            _ = try Self.events(document)
        } throws: { error in
            if case .unsafe = error as? XMLError { true } else { false }
        }
    }
}
