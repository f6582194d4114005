import ArgumentParser
import Tarjama

/// `tarjama glossary find`.
struct GlossaryFind: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the glossary entries in Arabic text, in any spelling, and say why each matched.",
        discussion: """
            Give a term or a phrase as written (والرقة, لمجلس الشعب, الفوعا): every entry found in it is \
            shown with how it matched — exact, normalised (hamza, ta marbuta, diacritics), clitic \
            (و ف ب ك ل, ال, ل+ال removed), variant, or a regular form of a common noun (plural, dual, \
            indefinite, definite, split, pronoun; `glossary lint --forms` lists them) — and the file \
            and line it comes from. Exit 1 \
            when nothing matched.
            """
    )

    @Argument(help: "Arabic text.")
    var text: String

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let loaded = try glossary.load()
        let matcher = GlossaryMatcher(glossary: loaded)
        let matches = try matcher.matches(in: text)
        let units = Array(text.utf16)
        for match in matches {
            let entry = loaded.entries[match.entryIndex]
            let surface = String(decoding: units[match.range], as: UTF16.self)
            var why = match.kind.rawValue
            if !match.clitics.isEmpty { why += " via \(match.clitics)" }
            if match.spellingIndex > 0 { why += ", variant \(entry.variants[match.spellingIndex - 1])" }
            print("\(surface): \(entry.summaryLine)")
            print("  matched \(entry.source) (\(why)) from \(loaded.origins[match.entryIndex].location)")
        }
        if matches.isEmpty {
            StandardError.write("no glossary entry found in the text\n")
            throw ExitCode(1)
        }
    }
}
