import Foundation
import Testing
@testable import Tarjama
import TestSupport

@Suite("Language tags: one BCP 47 reading for TMX, XLIFF, TBX, the memory and the service")
struct LanguageTagTests {
    @Test("tags compare case-insensitively and are written in conventional case")
    func caseFolding() throws {
        #expect(LanguageTag.equal("AR", "ar"))
        #expect(LanguageTag.equal("en-us", "EN-US"))
        #expect(LanguageTag.equal("en_US", "en-US"))
        #expect(!LanguageTag.equal("ar", "ar-SY"))
        #expect(LanguageTag.canonical("AR") == "ar")
        #expect(LanguageTag.canonical("en-us") == "en-US")
        #expect(LanguageTag.canonical("ZH-HANT-tw") == "zh-Hant-TW")
        #expect(LanguageTag.canonical("es-419") == "es-419")
        #expect(LanguageTag.canonical("*all*") == "*all*")
        #expect(try #require(LanguageTag("FR-ca")) == (try #require(LanguageTag("fr-CA"))))
    }

    @Test("what is not a tag is refused: digits first, empty subtags, over-long subtags, non-ASCII letters")
    func shape() {
        for bad in ["", "a", "1ar", "ar-", "-ar", "ar--SY", "ar-abcdefghi", "عربي", "ar SY", "*all*"] {
            #expect(LanguageTag(bad) == nil, "\(bad)")
        }
        for good in ["ar", "ar-SY", "x-klingon", "sr-Latn-RS", "de-DE-1996"] {
            #expect(LanguageTag(good) != nil, "\(good)")
        }
        #expect(ProjectStore.isLanguageCode("ar-SY") && !ProjectStore.isLanguageCode("x-abc") && !ProjectStore.isLanguageCode("ar_SY"))
    }

    @Test("a range selects the tags under it, and lookup prefers the same tag, then one under it, then the primary")
    func lookup() {
        #expect(LanguageTag.matches("fr-CA", range: "fr"))
        #expect(LanguageTag.matches("FR-ca", range: "fr"))
        #expect(!LanguageTag.matches("fr", range: "fr-CA"))
        #expect(!LanguageTag.matches("fra", range: "fr"))
        #expect(LanguageTag.lookup("fr", in: ["en-us", "fr-CA", "fr"]) == 2)
        #expect(LanguageTag.lookup("fr", in: ["en-us", "fr-CA"]) == 1)
        #expect(LanguageTag.lookup("fr-CA", in: ["en-us", "fr"]) == 1)
        #expect(LanguageTag.lookup("en-GB", in: ["en-us", "fr"]) == 0)
        #expect(LanguageTag.lookup("AR", in: ["en", "ar"]) == 1)
        #expect(LanguageTag.lookup("de", in: ["en", "ar"]) == nil)
    }

    static let threeLanguages = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="EN-US" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="EN-US"><seg>Hello</seg></tuv><tuv xml:lang="fr-CA"><seg>Allô</seg></tuv><tuv xml:lang="AR"><seg>مرحبا</seg></tuv></tu>
        <tu><tuv xml:lang="en-us"><seg>Bye</seg></tuv><tuv xml:lang="de"><seg>Tschüss</seg></tuv></tu>
        </body></tmx>
        """

    @Test("every <tuv> is kept, and the preferred pair is chosen by lookup, not by document order")
    func tmxPair() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("three.tmx").path
        try Self.threeLanguages.write(toFile: path, atomically: true, encoding: .utf8)
        let plain = try TMXReader.readAll(path: path).units
        #expect(plain[0].target.language == "fr-CA" && plain[0].variants.count == 3)
        let reader = try TMXReader(path: path)
        reader.preferredSourceLanguage = "en"
        reader.preferredTargetLanguage = "ar"
        let first = try #require(try reader.read())
        #expect(first.source.text == "Hello" && first.target.text == "مرحبا")
        #expect(first.otherVariants.map(\.language) == ["fr-CA"])
        let second = try #require(try reader.read())
        #expect(!second.hasTarget)
        #expect(second.otherVariants.map(\.language) == ["de"])
        let french = try TMXReader(path: path)
        french.preferredTargetLanguage = "fr"
        #expect(try french.read()?.target.text == "Allô")
    }

    @Test("the memory keeps one language pair for AR/EN and ar/en files, and a unit found once")
    func memoryOnePair() throws {
        func tmx(_ source: String, _ target: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="3.6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="\(source)" datatype="plaintext"/>
            <body><tu><tuv xml:lang="\(source)"><seg>وزارة الخارجية</seg></tuv><tuv xml:lang="\(target)"><seg>The foreign ministry</seg></tuv></tu></body></tmx>
            """
        }
        let directory = try TarjamaBinary.temporaryDirectory()
        let memory = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        for (name, source, target) in [("omegat.tmx", "AR", "EN"), ("tarjama.tmx", "ar", "en")] {
            let path = directory.appendingPathComponent(name).path
            try tmx(source, target).write(toFile: path, atomically: true, encoding: .utf8)
            _ = try memory.importTMX(path: path)
        }
        let statistics = try memory.statistics()
        #expect(statistics.units == 1)
        #expect(try memory.lookup("وزارة الخارجية", sourceLanguage: "AR").count == 1)
    }
}
