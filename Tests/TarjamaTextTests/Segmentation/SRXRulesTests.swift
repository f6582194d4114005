import Foundation
import Testing
import TarjamaText
import TestSupport

@Suite("SRX 2.0 rules")
struct SRXRulesTests {
    static let fixture = Fixtures.url("desk-rules.srx").path

    static func sentences(_ text: String, language: SegmentationLanguage, srx: SRXRules) throws -> [String] {
        let segmented = try SentenceSegmenter(language: language, srx: srx).segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    static func parse(_ xml: String) throws(SRXError) -> SRXRules {
        try SRXRules(xml: Data(xml.utf8), source: "rules.srx")
    }

    @Test("the language map picks rule sets by pattern, case-insensitively, cascading in file order")
    func languageMap() throws {
        let rules = try SRXRules.load(contentsOf: Self.fixture)
        #expect(try rules.rules(for: "ar").map(\.breaks) == [false, true, true])
        #expect(try rules.rules(for: "en-GB").map(\.beforeBreak) == ["\\bAmb\\.", "\\|\\|"])
        #expect(try rules.rules(for: "fr").count == 1)
        var first = rules
        first.cascade = false
        #expect(try first.rules(for: "ar").count == 2)
    }

    @Test("without cascade in the header only the first matching map applies")
    func noCascade() throws {
        let rules = try Self.parse(
            """
            <srx version="2.0"><header/><body><languagerules>
            <languagerule languagerulename="A"><rule break="no"><beforebreak>x</beforebreak><afterbreak/></rule></languagerule>
            <languagerule languagerulename="B"><rule><beforebreak>y</beforebreak><afterbreak/></rule></languagerule>
            </languagerules><maprules>
            <languagemap languagepattern="a.*" languagerulename="A"/><languagemap languagepattern=".*" languagerulename="B"/>
            </maprules></body></srx>
            """)
        #expect(!rules.cascade)
        #expect(try rules.rules(for: "ar").map(\.breaks) == [false])
        #expect(try rules.rules(for: "en").map(\.breaks) == [true])
    }

    @Test("break=no rules remove built-in boundaries and break=yes rules add them")
    func overrides() throws {
        let rules = try SRXRules.load(contentsOf: Self.fixture)
        let arabic = try Self.sentences("وصل وفد ج.م.ع. الى دمشق؛ وعقد اجتماعا. وغادر || ثم عاد.", language: .arabic, srx: rules)
        #expect(arabic == ["وصل وفد ج.م.ع. الى دمشق؛", "وعقد اجتماعا.", "وغادر ||", "ثم عاد."])
        let english = try Self.sentences("He met Amb. Smith. Then he left.", language: .english, srx: rules)
        #expect(english == ["He met Amb. Smith.", "Then he left."])
    }

    @Test("truncated XML, a wrong root, an entity declaration and a bad pattern are refused with the line")
    func refusals() throws {
        let good = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        #expect(throws: SRXError.self) { try Self.parse(String(good.prefix(good.count / 2))) }
        do {
            _ = try Self.parse(String(good.prefix(good.count / 2)))
        } catch {
            guard case .malformed(let file, let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "rules.srx" && line > 1)
        }
        #expect(throws: SRXError.notSRX(file: "rules.srx", reason: "the root element is <tmx>, not <srx>")) {
            try Self.parse("<tmx version=\"1.4\"><body/></tmx>")
        }
        let entity = """
            <?xml version="1.0"?>
            <!DOCTYPE srx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <srx version="2.0"><body><languagerules/><maprules/></body></srx>
            """
        #expect(throws: SRXError.entityDeclaration(file: "rules.srx", line: 2)) { try Self.parse(entity) }
        let badPattern = good.replacingOccurrences(of: "\\bAmb\\.", with: "(Amb")
        let rules = try Self.parse(badPattern)
        #expect(throws: SegmentationError.self) { try SentenceSegmenter(language: .english, srx: rules) }
        do {
            _ = try SentenceSegmenter(language: .english, srx: rules)
        } catch {
            guard case .srx(.badPattern(_, let line, _, _)) = error else { Issue.record("wrong error \(error)"); return }
            #expect(line == 21)
        }
        #expect(throws: SRXError.unknownRuleSet(file: "rules.srx", name: "Nope")) {
            try Self.parse(good.replacingOccurrences(of: "languagerulename=\"Everything\"/>", with: "languagerulename=\"Nope\"/>")).rules(
                for: "ar")
        }
    }

    @Test(
        "the SRX files OmegaT, OpenXLIFF and LanguageTool ship load, compile and segment",
        .enabled(if: SharedData.has("ref/srx"), Comment(rawValue: SharedData.missingReason("ref/srx"))),
        arguments: [("omegat-defaultRules.srx", true), ("openxliff-default.srx", true), ("languagetool-segment-arabic.srx", false)])
    func sharedFiles(name: String, knowsEnglishTitles: Bool) throws {
        let url = try #require(SharedData.url("ref/srx/" + name), "ref/srx/\(name) is missing from shared/")
        let rules = try SRXRules.load(contentsOf: url.path)
        #expect(!(try rules.rules(for: "en")).isEmpty)
        // The file's decisions win where it has a rule: LanguageTool's Arabic file breaks after
        // every full stop before a space, English titles included.
        let english = try Self.sentences("They met Mr. Smith and Dr. Jones. They left.", language: .english, srx: rules)
        #expect(
            english
                == (knowsEnglishTitles
                    ? ["They met Mr. Smith and Dr. Jones.", "They left."]
                    : ["They met Mr.", "Smith and Dr.", "Jones.", "They left."]))
        let arabic = try Self.sentences("وصل الوفد. وغادر الوزير؟ ثم عاد.", language: .arabic, srx: rules)
        #expect(arabic == ["وصل الوفد.", "وغادر الوزير؟", "ثم عاد."])
    }
}
