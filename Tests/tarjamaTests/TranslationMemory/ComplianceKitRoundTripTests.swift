import Foundation
import Tarjama
import TestSupport
import Testing

/// Issue 26's round trip: every file of the LISA TMX compliance kit goes through `tmx convert`
/// and through `tm import` → `tm export`, and comes out with the same units, languages, inline
/// codes and metadata, compared structurally and validated against the TMX 1.4b DTD.
@Suite("LISA compliance kit through convert and the memory (end to end)")
struct ComplianceKitRoundTripTests {
    static let kit = "ref/samples/tmx/lisa-tmx-compliance-kit"
    static let dtd = "ref/specs/tmx/tmx14.dtd"

    /// What must survive of a unit, languages compared case-insensitively (TMX's rule), the
    /// order of units and of variants after the pair left aside.
    struct Shape: Hashable, Comparable, CustomStringConvertible {
        var variants: [String]
        var creationId: String?
        var changeId: String?
        var notes: [String]
        var properties: [String]

        init(_ unit: TranslationUnit) {
            let pair = [unit.source, unit.target].filter { !$0.language.isEmpty || !$0.text.isEmpty }
            func describe(_ variant: TranslationVariant) -> String {
                "\(variant.language.lowercased())|\(variant.text)|\(variant.codes.map { "\($0.element)\($0.id)=\($0.content)" })"
            }
            variants = pair.map(describe) + unit.otherVariants.map(describe).sorted()
            creationId = unit.metadata.creationId
            changeId = unit.metadata.changeId
            notes = unit.notes
            // Tarjama's own bookkeeping props (x-document, ids) may be added by the memory.
            properties = unit.properties.filter { !$0.type.hasPrefix("x-") }.map { "\($0.type)=\($0.value)" }.sorted()
        }

        var description: String { variants.joined(separator: " / ") }
        static func < (a: Shape, b: Shape) -> Bool { a.description < b.description }
    }

    static func shapes(_ path: String) throws -> [Shape] {
        try TMXReader.readAll(path: path).units.map(Shape.init).sorted()
    }

    /// The kit's TMX files; the test that calls this is enabled only when the kit is there.
    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmx") }.sorted()
    }

    @Test(
        "every kit file keeps its units, languages, codes and metadata through tmx convert and tm import → tm export",
        .enabled(if: XMLLint.canValidate(with: dtd, kit), Comment(rawValue: XMLLint.skipReason(dtd, kit))))
    func kitRoundTrips() throws {
        let folder = try #require(SharedData.url(Self.kit))
        let files = try Self.files(in: folder)
        try #require(files.count >= 20)
        let directory = try TarjamaBinary.temporaryDirectory()
        for name in files {
            let input = folder.appendingPathComponent(name).path
            let expected = try Self.shapes(input)
            let converted = directory.appendingPathComponent("conv-\(name)").path
            let convert = try TarjamaBinary.run(["tmx", "convert", input, "-o", converted])
            #expect(convert.status == 0, "\(name): \(convert.stderr)")
            #expect(try Self.shapes(converted) == expected, "\(name) through tmx convert")
            let database = directory.appendingPathComponent("\(name).sqlite").path
            let imported = try TarjamaBinary.run(["tm", "import", input, "--db", database])
            #expect(imported.status == 0, "\(name): \(imported.stderr)")
            let exported = directory.appendingPathComponent("tm-\(name)").path
            let export = try TarjamaBinary.run(["tm", "export", "--db", database, "-o", exported])
            #expect(export.status == 0, "\(name): \(export.stderr)")
            #expect(try Self.shapes(exported) == expected, "\(name) through the memory")
            for output in [converted, exported] {
                let validation = try XMLLint.validateTMX(output)
                #expect(validation.status == 0, "\(name): \(validation.messages)")
            }
        }
    }

    /// What OmegaT writes for a project (written by hand after OmegaT 6's output): level 1 is
    /// plain text; level 2 keeps the source format's tags as `bpt`/`ept`/`ph` with OmegaT's short
    /// tag names as content. Uppercase languages, user ids and dates on every unit.
    static func omegaT(level2: Bool) -> String {
        let (open, close, standalone) =
            level2
            ? ("<bpt i=\"1\" x=\"1\">&lt;b0&gt;</bpt>", "<ept i=\"1\">&lt;/b0&gt;</ept>", "<ph x=\"2\">&lt;br1/&gt;</ph>")
            : ("", "", "")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1">
              <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" \
            creationtoolversion="6.0.1_0_fd8a4a9e" segtype="sentence" srclang="AR"/>
              <body>
            <!-- Default translations -->
                <tu>
                  <tuv lang="AR"><seg>قال \(open)المتحدث\(close) إن القافلة وصلت</seg></tuv>
                  <tuv lang="EN" changeid="hana" changedate="20261201T101500Z" creationid="hana" creationdate="20261201T101500Z">
                    <seg>The \(open)spokesman\(close) said the convoy had arrived</seg>
                  </tuv>
                </tu>
                <tu>
                  <tuv lang="AR"><seg>وصلت المساعدات إلى حلب\(standalone)صباح اليوم</seg></tuv>
                  <tuv lang="EN" changeid="omar" changedate="20261202T080000Z" creationid="hana" creationdate="20261201T110000Z">
                    <seg>Aid reached Aleppo\(standalone)this morning</seg>
                  </tuv>
                </tu>
              </body>
            </tmx>
            """
    }

    @Test("an OmegaT project memory, levels 1 and 2, keeps its units, tags and users through tmx convert and the memory")
    func omegaTRoundTrips() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        for level2 in [false, true] {
            let name = level2 ? "project-level2.tmx" : "project-level1.tmx"
            let input = directory.appendingPathComponent(name).path
            try Self.omegaT(level2: level2).write(toFile: input, atomically: true, encoding: .utf8)
            let expected = try Self.shapes(input)
            #expect(expected.count == 2)
            #expect(expected.allSatisfy { $0.variants.count == 2 })
            if level2 { #expect(expected.allSatisfy { !$0.variants[0].hasSuffix("|[]") }) }
            let converted = directory.appendingPathComponent("conv-\(name)").path
            #expect(try TarjamaBinary.run(["tmx", "convert", input, "-o", converted]).status == 0)
            #expect(try Self.shapes(converted) == expected, "\(name) through tmx convert")
            let database = directory.appendingPathComponent("\(name).sqlite").path
            let imported = try TarjamaBinary.run(["tm", "import", input, "--db", database])
            #expect(imported.status == 0, "\(imported.stderr)")
            let exported = directory.appendingPathComponent("tm-\(name)").path
            #expect(try TarjamaBinary.run(["tm", "export", "--db", database, "-o", exported]).status == 0)
            #expect(try Self.shapes(exported) == expected, "\(name) through the memory")
            // The memory knows who translated and changed each unit although OmegaT says it on
            // the <tuv>, and the export says it where OmegaT did, once.
            var stored: [MemoryUnit] = []
            try TranslationMemory(path: database).forEachUnit { stored.append($0) }
            #expect(Set(stored.compactMap(\.changedBy)) == ["hana", "omar"])
            #expect(stored.allSatisfy { $0.createdBy == "hana" && $0.createdAt != nil && $0.changedAt != nil })
            let back = try TMXReader.readAll(path: exported).units
            #expect(back.allSatisfy { $0.metadata.changeId == nil && $0.target.metadata?[attribute: "changeid"] != nil })
            if XMLLint.canValidate(with: Self.dtd) {
                for output in [converted, exported] { #expect(try XMLLint.validateTMX(output).status == 0, "\(name)") }
            }
        }
    }
}
