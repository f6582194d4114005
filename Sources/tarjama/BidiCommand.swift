import ArgumentParser
import Tarjama
import TarjamaText

/// `tarjama bidi`: audits, strips or displays bidirectional text.
struct BidiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bidi",
        abstract: "Audit bidi control characters, strip them, show text in visual order, or isolate opposite-direction runs.",
        discussion: """
            --audit (default) reports every embedding, override or isolate (LRE RLE LRO RLO LRI RLI FSI) not \
            closed on its own line and every PDF or PDI that closes nothing, one file:line:column line each; \
            it exits 1 when it finds any (the "Trojan Source" trick hides text this way). Marks (LRM RLM ALM) \
            are counted but harmless.
            --strip writes the text without any bidi control character.
            --visual writes each line in display order, for a terminal that does no bidi of its own.
            --isolate wraps each run against its line's direction (a Latin name or a number inside Arabic) \
            in LRI/RLI … PDI, so it cannot reorder the text around it.
            """
    )

    enum Mode: String, EnumerableFlag {
        case audit, strip, visual, isolate
    }

    @Argument(help: "A UTF-8 text file; - reads standard input.")
    var file: String

    @Flag(help: "What to do (default: --audit).")
    var mode: Mode = .audit

    @Option(
        name: [.customShort("o"), .long], help: "Where to write the text of --strip, --visual or --isolate; - (default) is standard output."
    )
    var output = "-"

    func run() throws {
        let document = try Document.read(contentsOf: file, allowUnbalancedBidi: true)
        let units: [UInt16]
        switch mode {
        case .audit:
            let audit = BidiAudit(document.units)
            print(audit.reportLines(file: document.source).joined(separator: "\n"))
            if !audit.isBalanced { throw ExitCode(1) }
            return
        case .strip:
            units = BidiControl.strip(document.units)
        case .visual:
            units = try BidiLayout().visualOrder(of: document.units)
        case .isolate:
            units = try BidiLayout().isolatingOppositeRuns(in: document.units)
        }
        let writer = try AtomicFileWriter(path: output)
        try writer.write(String(decoding: units, as: UTF16.self))
        try writer.commit()
    }
}
