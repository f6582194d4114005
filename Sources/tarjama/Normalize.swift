import ArgumentParser
import TarjamaText

/// `tarjama normalize`: the matching key of a text, and with --explain what changed where.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the matching key of Arabic text (for matching, never for display).",
        discussion: """
            The key is NFC with these folding steps: \(ArabicFolding.steps.map(\.name).joined(separator: ", ")).
            --explain lists each change as UTF-16 offsets into the input, the original, the key text, \
            and the steps that made it. --skip leaves a step out (repeatable).
            Example: tarjama normalize "حَمَاةُ" --explain
            """
    )

    @OptionGroup var input: TextInputOptions

    @Flag(help: "List every change with its position and the steps that made it.")
    var explain = false

    @Option(name: .customLong("skip"), help: ArgumentHelp("Leave out a folding step (repeatable).", valueName: "step"))
    var skipped: [String] = []

    func validate() throws {
        for name in skipped where ArabicFolding(stepName: name) == nil {
            throw ValidationError("unknown step '\(name)'; steps are \(ArabicFolding.steps.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        let document = try input.document()
        var folding = ArabicFolding.matching
        for name in skipped { if let step = ArabicFolding(stepName: name) { folding.remove(step) } }
        let normalizer = folding == .matching ? ArabicNormalizer.matching : ArabicNormalizer(folding: folding)
        let key = try normalizer.normalize(document.units)
        print(key.string, terminator: key.string.hasSuffix("\n") ? "" : "\n")
        guard explain else { return }
        for change in try normalizer.changes(in: document.units) {
            let shown = change.replacement.isEmpty ? "(removed)" : "\"\(change.replacement)\""
            print(
                "\(change.range.lowerBound)..<\(change.range.upperBound)\t\"\(change.original)\" → \(shown)\t\(change.steps.joined(separator: ","))"
            )
        }
    }
}
