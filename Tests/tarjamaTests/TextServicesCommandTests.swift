import Foundation
import Testing
import TestSupport

@Suite("tarjama normalize, translit and numbers (end to end)")
struct TextServicesCommandTests {
    func write(_ bytes: [UInt8], name: String = "input.txt") throws -> URL {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test("normalize prints the key and --explain lists each change with its offsets and step")
    func normalize() throws {
        let result = try TarjamaBinary.run(["normalize", "في حَمَاةُ وإدلب", "--explain"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "في حماه وادلب")
        #expect(lines.contains("8..<9\t\"ة\" → \"ه\"\tta-marbuta"))
        #expect(lines.contains { $0.hasPrefix("12..<13") && $0.hasSuffix("alef-variants") })
    }

    @Test("normalize --skip leaves a step out; an unknown step is a usage error")
    func normalizeSkip() throws {
        let kept = try TarjamaBinary.run(["normalize", "حماة", "--skip", "ta-marbuta"])
        #expect(kept.stdout == "حماة\n")
        let unknown = try TarjamaBinary.run(["normalize", "حماة", "--skip", "vowels"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown step"))
    }

    @Test("translit: Buckwalter there and back through files, names with its suggestion note")
    func translit() throws {
        let source = "قيادة الأركان الروسية اكدت انه جرى طرد المسلحين، وتصفية أكثر من تسعمئة إرهابي.\n"
        let arabic = try write(Array(source.utf8))
        let there = try TarjamaBinary.run(["translit", "--file", arabic.path, "--scheme", "safe-buckwalter"])
        #expect(there.status == 0, "stderr: \(there.stderr)")
        let latin = try write(Array(there.stdoutData), name: "latin.txt")
        let back = try TarjamaBinary.run(["translit", "--file", latin.path, "--scheme", "safe-buckwalter", "--reverse"])
        #expect(back.stdout == source)
        let name = try TarjamaBinary.run(["translit", "بشار الاسد", "--scheme", "names"])
        #expect(name.stdout == "Bashar al-Assad\n")
        #expect(name.stderr.contains("suggestion"))
        let refused = try TarjamaBinary.run(["translit", "Halab", "--scheme", "names", "--reverse"])
        #expect(refused.status == 2)
    }

    @Test("numbers --format jsonl gives start, end, text and value in UTF-16 offsets")
    func numbersJSONL() throws {
        let text = "ارسل الهلال اربع قوافل حملت تسعمئة سلة غذائية والفا ومئتي بطانية 😀 و٣٬٠٣٣ شخص\n"
        let file = try write(Array(text.utf8))
        let result = try TarjamaBinary.run(["numbers", file.path, "--format", "jsonl"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.compactMap { $0["value"] as? Int } == [4, 900, 1200, 3033])
        let units = Array(text.utf16)
        for record in records {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(decoding: units[start..<end], as: UTF16.self) == record["text"] as? String)
        }
    }

    @Test(
        "numbers on the real transcript flags the stray ألف",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func numbersTranscript() throws {
        let result = try TarjamaBinary.run(["numbers", SharedData.url(SharedData.transcriptPath)!.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        // Seven counts, and the dual phrases (البلدتين المحاصرتين) marked as such.
        #expect(lines.filter { !$0.hasSuffix("\t(dual)") }.count == 7)
        #expect(lines.contains { $0.hasSuffix("\t(dual)") && $0.contains("\t2\t") })
        #expect(lines.contains { $0.contains("\t108000\t") && $0.contains("stray") })
    }

    @Test("numbers --english reads the English side")
    func numbersEnglish() throws {
        let file = try write(Array("more than 2,500 cars and seventeen bridges\n".utf8))
        let result = try TarjamaBinary.run(["numbers", file.path, "--english", "--format", "jsonl"])
        #expect(result.stdout.contains("\"value\":2500"))
        #expect(result.stdout.contains("\"value\":17"))
    }

    @Test(
        "bad files are refused with exit 1 and one line naming the file and position",
        arguments: [[0x41, 0x00, 0x42, 0x0A], [0xD8, 0xA7, 0xFF, 0x0A]])
    func badFiles(bytes: [UInt8]) throws {
        let file = try write(bytes)
        for arguments in [["numbers", file.path], ["normalize", "--file", file.path], ["translit", "--file", file.path]] {
            let result = try TarjamaBinary.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains(file.path) && result.stderr.contains("byte"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }
}

@Suite("text service commands on oversized input")
struct TextServicesOversizedInputTests {
    @Test("a line over a million characters is refused with the file and line")
    func hugeLine() throws {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent("huge.txt")
        try Data(String(repeating: "ب", count: (1 << 20) + 10).utf8).write(to: url)
        let result = try TarjamaBinary.run(["normalize", "--file", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(url.path) && result.stderr.contains("line 1"))
    }
}

@Suite("tarjama translit names options (end to end)")
struct TranslitNamesOptionsTests {
    @Test("--sun-letters, --ta-marbuta-ah and --ou change the suggestion")
    func options() throws {
        // The options shape guessed words only; الرقة is in the name dictionary (Raqqa).
        let result = try TarjamaBinary.run(["translit", "الصورة الحزوري", "--scheme", "names", "--sun-letters", "--ta-marbuta-ah", "--ou"])
        #expect(result.stdout == "as-Sourah al-Hazouri\n")
    }
}
