import TestSupport

/// Deterministic mutants of a few valid TMX and XLIFF documents, for the differential fuzz of
/// the XML reader (``XMLDifferentialFuzzTests``): the same seed gives the same mutants on every
/// machine, so a disagreement found once is found again.
struct XMLFuzzMutator {
    /// Valid documents, Arabic and English, with the markup the reader must judge: the XML
    /// declaration, DOCTYPEs (one with an internal subset), comments, a processing
    /// instruction, props, notes, references, CDATA, CRLF line ends.
    static let seeds: [String] = [
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="tarjama" creationtoolversion="1" segtype="sentence" o-tmf="tarjama" adminlang="en" srclang="ar" datatype="plaintext">
            <note>Aleppo desk, week 12</note>
            <prop type="x-project">حلب</prop>
          </header>
          <body>
            <tu tuid="a:1" creationdate="20240301T120000Z">
              <prop type="x-source-ids">a:1</prop>
              <note>checked</note>
              <tuv xml:lang="ar"><seg>قال محافظ حلب إن الطريق مفتوح.</seg></tuv>
              <tuv xml:lang="en"><seg>The governor of Aleppo said the road is open.</seg></tuv>
            </tu>
            <tu tuid="a:2"><tuv xml:lang="ar"><seg>وصلت ١٢ شاحنة &amp; سيارتان.</seg></tuv><tuv xml:lang="en"><seg>12 trucks &amp; two cars arrived &lt;today&gt;.</seg></tuv></tu>
          </body>
        </tmx>

        """,
        "<?xml version='1.0' standalone='no'?>\r\n<!-- exported by hand -->\r\n"
            + "<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" \"tmx14.dtd\" [\r\n"
            + "  <!-- ]> inside a comment -->\r\n  <!ATTLIST tu x-desk CDATA \"Aleppo > Hama\">\r\n  <?tarjama subset?>\r\n]>\r\n"
            + "<tmx version='1.4'><header creationtool='t' creationtoolversion='1' segtype='sentence' o-tmf='t' adminlang='en' srclang='ar' datatype='plaintext'/>\r\n"
            + "<body><tu tuid='b:1'><prop type='x-score'>0.91</prop><note>نقل: طريق حماه</note>"
            + "<tuv xml:lang='ar'><seg><![CDATA[حماه <وسط> ]]]></seg></tuv><tuv xml:lang='en'><seg>Hama &#x3C;centre&#62; ]</seg></tuv></tu>\r\n"
            + "</body></tmx>\r\n<?tarjama done?>\r\n",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en">
          <file id="f1">
            <notes><note category="desk">Aleppo desk</note></notes>
            <unit id="u1" name="a:1">
              <segment state="translated"><source>قال المحافظ إن الطريق مفتوح</source><target>The governor said the road is open</target></segment>
            </unit>
            <unit id="u2" name="a:2">
              <segment><source>وصلت الشاحنات</source><target>The trucks arrived</target></segment>
            </unit>
          </file>
        </xliff>

        """,
        """
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="ar" target-language="en" datatype="plaintext" original="news.txt">
            <body>
              <trans-unit id="1" resname="a:1"><source>طريق حلب</source><target>the Aleppo road</target><note>checked</note></trans-unit>
            </body>
          </file>
        </xliff>

        """,
    ]

    /// What mutations insert: the markup characters that break well-formedness, their
    /// well-formed uses, and bytes that are not UTF-8 or not XML characters.
    static let insertions: [[UInt8]] =
        [
            "<", "&", "!", "--", "]]>", "]]", "?>", "<?", "\"", "'", "=", ">", "/", " ", "\n", "\r", "%", "[", "]", "#", "$", ":",
            "<!---->", "<!-- -- -->", "<!-- ]> -->", "<![CDATA[x]]>", "&amp;", "&#x41;", "&#x+41;", "&#0;", "&lt", "&nbsp;",
            "<!DOCTYPE tmx>", "<!DOCTYPE tmx SYSTEM \"x\" [<!-- ]> -->]>", "<?x=1?>", "<?x y?>", "<?xml version=\"1.0\"?>", "<?XML?>",
            "<a!/>", "<a/>", "<ب/>", "·", "×", "ح", "\u{2028}", "\u{FEFF}", "SYSTEM", " PUBLIC \"x\" \"y\"", "<!ELEMENT x ANY>",
            "<!ENTITY x \"y\">", "encodng", "version=\"1.*\"", "standalone=\"maybe\"", " encoding=\"UTF-16\"",
        ].map { Array($0.utf8) } + [
            [0xC3], [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xE0, 0x80, 0xAF], [0x01], [0x00], [0x80],
        ]

    /// Bytes around which insertions are placed half of the time, where names, attributes
    /// and declarations are judged.
    static let markupBytes: Set<UInt8> = Set("<>=\"' !?-[]".utf8)

    var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(state: seed)
    }

    /// The next mutant: a seed document with one to three mutations.
    mutating func next() -> [UInt8] {
        var bytes = Array(Self.seeds[generator.below(Self.seeds.count)].utf8)
        for _ in 0...generator.below(3) { mutate(&bytes) }
        return bytes
    }

    private mutating func position(in bytes: [UInt8]) -> Int {
        guard !bytes.isEmpty else { return 0 }
        var index = generator.below(bytes.count + 1)
        if generator.below(2) == 0 {
            // Move to the next markup byte, or a byte after it.
            while index < bytes.count && !Self.markupBytes.contains(bytes[index]) { index += 1 }
            index = min(bytes.count, index + generator.below(3))
        }
        return index
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        switch generator.below(10) {
        case 0, 1, 2, 3:
            bytes.insert(contentsOf: Self.insertions[generator.below(Self.insertions.count)], at: position(in: bytes))
        case 4:
            guard !bytes.isEmpty else { return }
            bytes[generator.below(bytes.count)] = UInt8(truncatingIfNeeded: generator.next())
        case 5:
            guard !bytes.isEmpty else { return }
            bytes[generator.below(bytes.count)] ^= 1 << UInt8(generator.below(8))
        case 6:
            let start = position(in: bytes)
            bytes.removeSubrange(start..<min(bytes.count, start + 1 + generator.below(8)))
        case 7:
            bytes.removeSubrange(generator.below(bytes.count + 1)...)
        case 8:
            // A second DOCTYPE (or a copy of the declaration's first line).
            let line = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let copied = Array(line[min(1, line.count - 1)]) + [0x0A]
            bytes.insert(contentsOf: copied, at: position(in: bytes))
        default:
            // A stretch copied elsewhere (tags and attributes doubled or cut in two).
            guard !bytes.isEmpty else { return }
            let start = generator.below(bytes.count)
            let piece = Array(bytes[start..<min(bytes.count, start + 1 + generator.below(40))])
            bytes.insert(contentsOf: piece, at: position(in: bytes))
        }
    }
}
