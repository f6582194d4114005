import Foundation
import Testing
import TestSupport

/// The number fuzz through every command that reads numbers: each must finish with a normal
/// exit code (a trap ends the process by a signal, which `terminationStatus` shows as 4 or 5).
@Suite("Hostile numbers through the commands (end to end)")
struct HostileNumberCommandTests {
    static let sentences = HostileNumbers.named + HostileNumbers.generated(150)

    func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("numbers and suggest read every hostile sentence, reporting out-of-range numbers with a null value")
    func numbersAndSuggest() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try write(Self.sentences.joined(separator: "\n") + "\n", "hostile.txt", in: directory)
        let numbers = try TarjamaBinary.run(["numbers", file.path, "--format", "jsonl"])
        #expect(numbers.status == 0, "stderr: \(numbers.stderr)")
        let records = try numbers.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let outOfRange = records.filter { $0["value"] is NSNull }
        #expect(outOfRange.count >= 4)
        #expect(outOfRange.allSatisfy { (($0["notes"] as? [String]) ?? []).contains { $0.contains("too large") } })
        #expect(records.contains { $0["text"] as? String == "9007199254740993" && $0["value"] as? Int == 9_007_199_254_740_993 })

        let english = try TarjamaBinary.run(["numbers", file.path, "--english"])
        #expect(english.status == 0, "stderr: \(english.stderr)")
        for format in ["text", "jsonl"] {
            let suggest = try TarjamaBinary.run(["suggest", file.path, "--format", format])
            #expect(suggest.status == 0, "stderr: \(suggest.stderr)")
        }
        let suggest = try TarjamaBinary.run(["suggest", file.path, "--format", "jsonl"])
        #expect(suggest.stdout.contains(#""rendering":"999999999999999999999""#), "an Arabic-Indic account number is given in Latin digits")
    }

    @Test("check compares out-of-range numbers by their digits and never traps")
    func check() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        var lines: [String] = []
        for (index, sentence) in Self.sentences.enumerated() {
            let record: [String: Any] = ["id": "h:\(index + 1)", "source": sentence, "target": Self.sentences.reversed()[index]]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
        }
        let matching: [String: Any] = [
            "id": "acct:1", "source": "رقم الحساب ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠", "target": "Account 12345678901234567890.",
        ]
        lines.append(String(decoding: try JSONSerialization.data(withJSONObject: matching), as: UTF8.self))
        let pairs = try write(lines.joined(separator: "\n") + "\n", "pairs.jsonl", in: directory)
        let result = try TarjamaBinary.run(["check", pairs.path, "--format", "jsonl"])
        #expect(result.status == 1, "hostile pairs have mismatches; stderr: \(result.stderr)")
        // (The pair may be reported as translated unlike an earlier pair with the same source,
        // which the hostile sentences include; a number mismatch it must not have.)
        let account = result.stdout.split(separator: "\n").filter { $0.contains(#""id":"acct:1""#) }
        #expect(!account.contains { $0.contains(#""code":"number-mismatch""#) }, "the same account number in both scripts is no mismatch")
    }

    @Test("align, one pair and a batch with one hostile file among good ones, finishes every document")
    func align() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let arabic = try write(Self.sentences.joined(separator: "\n") + "\n", "a.ar.txt", in: directory)
        let english = try write(Self.sentences.reversed().joined(separator: "\n") + "\n", "a.en.txt", in: directory)
        let single = try TarjamaBinary.run([
            "align", arabic.path, english.path, "--presegmented", "-o", directory.appendingPathComponent("pairs.jsonl").path,
        ])
        #expect(single.status == 0, "stderr: \(single.stderr)")

        let arabicDirectory = directory.appendingPathComponent("ar"), englishDirectory = directory.appendingPathComponent("en")
        for folder in [arabicDirectory, englishDirectory] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        _ = try write("وصلت ثلاثة الاف سلة غذائية إلى حماة.\n", "good.txt", in: arabicDirectory)
        _ = try write("Three thousand food baskets reached Hama.\n", "good.txt", in: englishDirectory)
        _ = try write(HostileNumbers.named.joined(separator: "\n") + "\n", "bad.txt", in: arabicDirectory)
        _ = try write(HostileNumbers.named.joined(separator: "\n") + "\n", "bad.txt", in: englishDirectory)
        let output = directory.appendingPathComponent("batch.jsonl")
        let batch = try TarjamaBinary.run(["align", "--batch", arabicDirectory.path, englishDirectory.path, "-o", output.path])
        #expect(batch.status == 0, "stderr: \(batch.stderr)")
        let written = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(written.contains("good:1") && written.contains("bad:1"))
    }
}
