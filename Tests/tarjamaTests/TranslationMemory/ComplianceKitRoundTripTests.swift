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

    static var files: [String] {
        guard let folder = SharedData.url(kit) else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".tmx") }.sorted()
    }

    @Test(
        "every kit file keeps its units, languages, codes and metadata through tmx convert and tm import → tm export",
        .enabled(if: XMLLint.canValidate(with: dtd, kit), Comment(rawValue: XMLLint.skipReason(dtd, kit))))
    func kitRoundTrips() throws {
        let folder = try #require(SharedData.url(Self.kit))
        try #require(Self.files.count >= 20)
        let directory = try TarjamaBinary.temporaryDirectory()
        for name in Self.files {
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
}
