import Foundation
import Tarjama

extension Demo {
    /// Writes the aligned sentence pairs as TMX 1.4b and XLIFF 2.1 for CAT tools.
    static func writeExchangeFiles(_ records: [BilingualRecord], to directory: URL, step: Int) throws {
        let tmx = directory.appendingPathComponent("demo.tmx").path
        let xliff = directory.appendingPathComponent("demo.xlf").path
        let tmxReport = try AlignmentTMXExport.write(records, sourceLanguage: "ar", targetLanguage: "en", to: tmx)
        let xliffReport = try XLIFFWriter.write(records, to: xliff, sourceLanguage: "ar", targetLanguage: "en", original: "demo.ar")
        print("\(step). Wrote the \(tmxReport.units) aligned pairs as TMX 1.4b (demo.tmx, with bead and score as props)")
        print("   and \(xliffReport.units) units as XLIFF 2.1 (demo.xlf); both open in OmegaT, Trados or memoQ.")
    }
}
