import Foundation
import Tarjama
import Testing
import TestSupport

/// translate-toolkit (pip) reads what Tarjama writes, and Tarjama reads what it writes, through
/// `Scripts/translate-toolkit-interop.py`, on the NTREX development pairs.
@Suite("translate-toolkit interoperability (end to end)")
struct TranslateToolkitInteropTests {
    static let ntrex = "ref/parallel/ntrex-dev"

    /// Whether python3 can import translate-toolkit.
    static let available: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import translate.storage.tmx, translate.storage.xliff2"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let skipReason =
        available
        ? SharedData.missingReason(ntrex)
        : "translate-toolkit is not importable by python3 (pip install -r .ci/python-requirements.txt)"

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["python3", SharedData.repositoryRoot.appendingPathComponent("Scripts/translate-toolkit-interop.py").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The NTREX pairs as a bilingual JSONL file (the first 300, to keep the test fast).
    static func pairs(in directory: URL) throws -> (path: String, sources: [String], targets: [String]) {
        let folder = SharedData.url(ntrex)!
        let arabic = try String(contentsOf: folder.appendingPathComponent("newstest2019-ref.arb.dev.txt"), encoding: .utf8)
            .components(separatedBy: "\r\n")[..<300].map { $0 }
        let english = try String(contentsOf: folder.appendingPathComponent("newstest2019-src.eng.dev.txt"), encoding: .utf8)
            .components(separatedBy: "\r\n")[..<300].map { $0 }
        var lines = ""
        for (index, pair) in zip(arabic, english).enumerated() {
            let object: [String: String] = [
                "id": "ntrex:\(index + 1)", "source": pair.0, "target": pair.1, "sourceLang": "ar", "targetLang": "en",
            ]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        let path = directory.appendingPathComponent("pairs.jsonl").path
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, arabic, english)
    }

    @Test(
        "translate-toolkit reads Tarjama's TMX, XLIFF 2.1 and XLIFF 1.2 with the same units and texts",
        .enabled(if: available && SharedData.has(ntrex), Comment(rawValue: skipReason)))
    func toolkitReadsTarjama() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try Self.pairs(in: directory).path
        for (kind, arguments) in [
            ("tmx", ["tmx", "convert", input, "-o"]), ("xliff2", ["xliff", "export", input, "-o"]),
            ("xliff", ["xliff", "export", input, "--xliff-version", "1.2", "-o"]),
        ] {
            let output = directory.appendingPathComponent("tarjama-\(kind).out").path
            let written = try TarjamaBinary.run(arguments + [output])
            #expect(written.status == 0, "\(written.stderr)")
            let check = try Self.python(["read", kind, output, input])
            #expect(check.status == 0, "\(kind): \(check.output)")
            #expect(check.output.contains("translate-toolkit read 300 units"), "\(kind): \(check.output)")
        }
    }

    @Test(
        "Tarjama reads translate-toolkit's TMX, XLIFF 2.0 and XLIFF 1.2 with the same units and texts",
        .enabled(if: available && SharedData.has(ntrex), Comment(rawValue: skipReason)))
    func tarjamaReadsToolkit() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let (input, sources, targets) = try Self.pairs(in: directory)
        for kind in ["tmx", "xliff2", "xliff"] {
            let written = directory.appendingPathComponent("toolkit-\(kind).out").path
            let result = try Self.python(["write", kind, input, written])
            #expect(result.status == 0, "\(kind): \(result.output)")
            let back = directory.appendingPathComponent("back-\(kind).tsv").path
            let arguments = kind == "tmx" ? ["tmx", "convert", written, "-o", back] : ["xliff", "import", written, "-o", back]
            let read = try TarjamaBinary.run(arguments)
            #expect(read.status == 0, "\(kind): \(read.stderr)")
            let rows = try String(contentsOfFile: back, encoding: .utf8).split(separator: "\n").dropFirst()
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            #expect(rows.count == 300, "\(kind)")
            #expect(rows.map { String($0[1]) } == sources, "\(kind)")
            #expect(rows.map { String($0[2]) } == targets, "\(kind)")
            // And through the memory: tm import (of the TMX, or of the XLIFF as imported) → tm export.
            let importable =
                kind == "tmx" ? written : directory.appendingPathComponent("toolkit-\(kind).jsonl").path
            if kind != "tmx" { #expect(try TarjamaBinary.run(["xliff", "import", written, "-o", importable]).status == 0) }
            let database = directory.appendingPathComponent("\(kind).sqlite").path
            let imported = try TarjamaBinary.run(["tm", "import", importable, "--db", database])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
            let exported = directory.appendingPathComponent("memory-\(kind).tmx").path
            #expect(try TarjamaBinary.run(["tm", "export", "--db", database, "-o", exported]).status == 0)
            let units = try TMXReader.readAll(path: exported).units
            // The memory keeps one unit per distinct pair.
            #expect(
                Set(units.map { "\($0.source.text)\t\($0.target.text)" }) == Set(zip(sources, targets).map { "\($0)\t\($1)" }), "\(kind)")
            #expect(Set(units.map { "\($0.source.language)-\($0.target.language)" }) == ["ar-en"], "\(kind)")
        }
    }
}
