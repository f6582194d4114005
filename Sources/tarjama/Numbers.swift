import ArgumentParser
import Tarjama
import TarjamaText

/// `tarjama numbers`: the numbers written in a transcript, with their values.
struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the numbers in a text (written out in Arabic words, or in digits) with their values.",
        discussion: """
            Arabic: ثلاثة الاف وثلاثة وثلاثين → 3033, تسعمئة → 900, ٣٬٠٣٣ → 3033. With --english the file \
            is read as English (2,500, seventeen, forty-seven thousand).
            Text output: start..<end, value, the words. JSONL: {"start","end","text","value"} per number, \
            plus "kind" for ordinals (الحادي عشر, twenty-first), duals (يومين: 2) and clock minutes (the 30 \
            of 19:30), and "notes" (e.g. a stray \
            repeated ألف) when there are any. Offsets are UTF-16 units.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: ArgumentHelp("The UTF-8 text file; '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(help: "text or jsonl.")
    var format: Format = .text

    @Flag(help: "Read the file as English instead of Arabic.")
    var english = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String = "-"

    func run() throws {
        let document = try Document.read(contentsOf: file)
        let numbers =
            english
            ? EnglishNumberParser.shared.numbers(in: document.units)
            : try ArabicNumberParser.shared.numbers(in: document.units)
        let writer = try AtomicFileWriter(path: output)
        for number in numbers {
            switch format {
            case .jsonl:
                try writer.write(number.jsonLine(in: document.units) + "\n")
            case .text:
                var line =
                    "\(number.range.lowerBound)..<\(number.range.upperBound)\t\(number.exactValue?.description ?? "-")\t\(document.text(in: number.range))"
                if number.kind != .cardinal { line += "\t(\(number.kind.rawValue))" }
                for note in number.notes { line += "\t(\(note))" }
                try writer.write(line + "\n")
            }
        }
        try writer.commit()
    }
}
