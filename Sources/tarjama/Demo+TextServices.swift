import Tarjama
import TarjamaText

extension Demo {
    /// Matching keys with clitic explanations, number values, and names romanisation on the sample.
    func textServicesStep(arabic: Document, step: Int) throws {
        print("\(step). Text services: matching keys, clitics, numbers, names")
        let key = try ArabicNormalizer.matching.normalize(arabic.units)
        let analyzer = CliticAnalyzer()
        for term in ["حماة", "إدلب", "الرقة", "دمشق", "مجلس"] {
            let termKey = try ArabicNormalizer.matching.key(for: term)
            var seen: [String] = []
            for word in WordScanner.shared.words(in: key.units) {
                for analysis in analyzer.analyses(of: key.units, in: word) where analysis.formString == termKey {
                    let span = key.originalRange(of: analysis.range)
                    let (line, column) = arabic.lineAndColumn(at: span.lowerBound)
                    seen.append("\(arabic.text(in: key.originalRange(of: word))) (\(line):\(column), \(analysis.explain(matching: term)))")
                }
            }
            print("   \(term) → key \(termKey): \(seen.isEmpty ? "not found" : seen.joined(separator: "; "))")
        }
        let numbers = try ArabicNumberParser.shared.numbers(in: arabic.units)
        func kind(_ number: NumberMatch) -> String { number.kind == .cardinal ? "" : " (\(number.kind.rawValue))" }
        print(
            "   numbers: "
                + numbers.map { "\(arabic.text(in: $0.range)) = \($0.exactValue?.description ?? "?")\(kind($0))" }.joined(separator: ", "))
        // News writes figures other ways too, and input can hold numbers no value fits: read
        // exactly (a decimal, a clock's minutes, a dual's two), or flagged.
        let newsForms =
            "قتل 76.000 شخص عام2020 ونزح 000 228 في الدورة التاسعة والستين بنسبة ٢٫٥ بالمئة خلال يومين حتى الساعة 19:30، الحساب ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠"
        let newsUnits = Array(newsForms.utf16)
        print(
            "   news forms: "
                + (try ArabicNumberParser.shared.numbers(in: newsUnits)).map { number in
                    let text = String(decoding: newsUnits[number.range], as: UTF16.self)
                    return number.exactValue.map { "\(text) = \($0)\(kind(number))" } ?? "\(text) = too large, flagged"
                }.joined(separator: ", "))
        let names = ["عبد الله الخطيب", "سامر العلي", "كفرنبودة", "قلعة المضيق"]
        let spellings = try names.map { try ArabicTransliterator.shared.suggestSpelling(ofName: $0).suggestion }
        print(
            "   names (suggested romanisation, to check against agency spellings): "
                + zip(names, spellings).map { "\($0) → \($1)" }.joined(separator: ", "))
    }
}
