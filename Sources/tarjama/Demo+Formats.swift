import Foundation
import Tarjama

extension Demo {
    /// Demo step: the bilingual pairs written as TMX 1.4b and XLIFF 2.1 for CAT tools.
    ///
    /// Until the aligner lands, the pairs are the sample's paragraphs (Arabic paragraph n with
    /// English paragraph n, which the sample keeps parallel); the aligner replaces them with
    /// sentence pairs.
    func writeExchangeFiles(step: Int) throws {
        let arabic = DemoSample.arabic.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let english = DemoSample.english.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let records = zip(arabic, english).enumerated().filter { !$0.element.0.isEmpty }.map { index, pair in
            BilingualRecord(id: "demo:\(index + 1)", source: pair.0, target: pair.1, sourceLang: "ar", targetLang: "en",
                            status: .translated, bead: "paragraph")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-demo-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tmx = directory.appendingPathComponent("demo.tmx").path
        let xliff = directory.appendingPathComponent("demo.xlf").path
        let tmxReport = try TMXWriter.write(records.map { TranslationUnit($0, sourceLanguage: "ar", targetLanguage: "en") },
                                            header: TMXHeader(sourceLanguage: "ar", creationDate: Date()), to: tmx)
        let xliffReport = try XLIFFWriter.write(records, to: xliff, sourceLanguage: "ar", targetLanguage: "en", original: "demo.ar")
        print("\(step). Wrote \(tmxReport.units) bilingual units (paragraph pairs until the aligner lands) as TMX 1.4b to \(tmx)")
        print("   and \(xliffReport.units) units as XLIFF 2.1 to \(xliff); open them in OmegaT, Trados or memoQ.")
    }
}
