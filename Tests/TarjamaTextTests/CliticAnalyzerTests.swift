import Testing
import TarjamaText

@Suite("Clitic analysis")
struct CliticAnalyzerTests {
    let analyzer = CliticAnalyzer()

    func forms(_ word: String) -> [String] { analyzer.analyses(of: word).map(\.formString) }

    @Test("ل + ال written لل gives the form with the article, starting at the article's ل")
    func contractedArticle() throws {
        let analyses = analyzer.analyses(of: "للمسلحين")
        let withArticle = try #require(analyses.first { $0.formString == "المسلحين" })
        #expect(withArticle.removed == [.li])
        #expect(withArticle.keepsArticle && withArticle.contractedArticle)
        #expect(withArticle.range == 1..<8)
        #expect(withArticle.explanation == "ل+ال")
        #expect(withArticle.explain(matching: "المسلحين") == "matched المسلحين via ل+ال")
        let bare = try #require(analyses.first { $0.formString == "مسلحين" })
        #expect(bare.range == 2..<8)
        #expect(bare.explanation == "ل+ال (article dropped)")
    }

    @Test(
        "conjunctions, prepositions and the article come off in order",
        arguments: [
            ("والرقه", "الرقه", "و"), ("بالكامل", "الكامل", "ب"), ("لمجلس", "مجلس", "ل"),
            ("وبالرقه", "الرقه", "و+ب"), ("فالجيش", "الجيش", "ف"), ("كالمسلحين", "المسلحين", "ك"),
            ("والرقه", "رقه", "و+ال (article dropped)"),
        ])
    func stripsInOrder(example: (String, String, String)) throws {
        let analysis = try #require(analyzer.analyses(of: example.0).first { $0.formString == example.1 })
        #expect(analysis.explanation == example.2)
    }

    @Test("the word itself comes first, unexplained")
    func wholeWordFirst() {
        let first = analyzer.analyses(of: "والرقه").first
        #expect(first?.formString == "والرقه")
        #expect(first?.isWholeWord == true)
        #expect(first?.explain(matching: "والرقه") == "matched والرقه")
    }

    @Test("short words are not stripped into nonsense", arguments: ["بلد", "ولد", "كتب", "فرح", "الله"])
    func shortWordsStayWhole(word: String) {
        #expect(forms(word) == [word])
    }

    @Test("an article needs a stem: وكالة does not become و + ك + ال + ة")
    func articleNeedsStem() {
        #expect(!forms("وكاله").contains("اله"))
        #expect(forms("وكاله").contains("كاله"))
    }

    @Test("للبنان is read both as ل + لبنان and as ل + ال + بنان")
    func lamLamAmbiguity() {
        let found = forms("للبنان")
        #expect(found.contains("لبنان"))
        #expect(found.contains("البنان"))
    }

    @Test("ranges point into the buffer the word was taken from")
    func rangesInBuffer() throws {
        let units = Array("خروج للمسلحين".utf16)
        let analysis = try #require(analyzer.analyses(of: units, in: 5..<13).first { $0.keepsArticle })
        #expect(analysis.range == 6..<13)
    }

    @Test("non-letters are never analysed", arguments: ["و123", "SANA", "ب-ب"])
    func nonLetters(word: String) {
        #expect(forms(word) == [word])
    }
}

@Suite("Clitics and numbers on awkward input")
struct AwkwardInputTests {
    @Test("a 1 MB word is analysed and scanned without trouble")
    func hugeWord() throws {
        let word = [UInt16](repeating: 0x0628, count: 1 << 20)
        let analyses = CliticAnalyzer().analyses(of: word, in: 0..<word.count)
        #expect(analyses.first?.isWholeWord == true)
        #expect(analyses.allSatisfy { $0.range.upperBound == word.count })
        #expect(try ArabicNumberParser.shared.numbers(in: word).isEmpty)
    }

    @Test("mixed scripts, NUL and emoji around numbers")
    func mixedScripts() throws {
        let numbers = try ArabicNumberParser.shared.numbers(in: "SANA\u{0}: ثلاثة 😀 آلاف and ٣٠ Aleppo")
        #expect(numbers.map(\.value) == [3, 30])
        #expect(throws: NormalizationError.unpairedSurrogate(offset: 1)) {
            try ArabicNumberParser.shared.numbers(in: [0x0627, 0xDBFF, 0x0627])
        }
    }
}
