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
        if let glossaryDirectory = ShippedGlossary.directory() {
            let glossary = try Glossary.load(paths: [glossaryDirectory])
            let tbx = directory.appendingPathComponent("demo-glossary.tbx").path
            try TBXWriter.write(glossary.entries, to: tbx, edition: .v2008)
            print("   The glossary went out as TBX 2008 (demo-glossary.tbx, \(glossary.count) concepts), the form OmegaT 3.6 and")
            print("   translate-toolkit read; `tarjama glossary export --format tbx` writes TBX v3.")
        }
    }

    /// Reads a unit as another CAT tool writes it, with formatting codes, to show they are kept.
    static func readForeignTMX(in directory: URL) throws {
        let path = directory.appendingPathComponent("from-another-tool.tmx").path
        try AtomicFileWriter.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" \
            o-tmf="OmegaT" adminlang="EN-US" srclang="AR" datatype="html"/><body>
            <tu creationid="translator1" usagecount="3"><tuv xml:lang="AR"><seg>قال <bpt i="1">&lt;b&gt;</bpt>المتحدث<ept i="1">&lt;/b&gt;</ept> إن</seg></tuv>
            <tuv xml:lang="EN"><seg>The <bpt i="1">&lt;b&gt;</bpt>spokesman<ept i="1">&lt;/b&gt;</ept> said</seg></tuv></tu>
            </body></tmx>
            """, to: path)
        let (_, units) = try TMXReader.readAll(path: path)
        guard let unit = units.first, unit.hasTarget else { return }
        let target = unit.target
        print("   A TMX from another tool keeps its formatting codes as placeholders: \"\(target.text)\"")
        print(
            "   (\(target.codes.count) codes, languages \(unit.source.language)/\(target.language), created by \(unit.metadata.creationId ?? "?"))"
        )
    }
}
