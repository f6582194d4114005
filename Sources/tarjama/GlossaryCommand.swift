import ArgumentParser

/// `tarjama glossary`: the desk's glossary files.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List, edit, search, check, import and export glossaries.",
        discussion: """
            Glossaries are UTF-8 TSV files with a header: source, target, note (OmegaT reads these three \
            as they are), then type (person, place, organisation, term, other), variants (Arabic \
            spellings normalisation cannot derive), alternatives (accepted renderings) and forbidden \
            (renderings house style rejects); list items are separated by " | ". Files are written \
            sorted by source, atomically. --glossary PATH names a file or a directory of *.tsv files \
            (default Glossaries/); repeat it to use several, the first taking precedence.
            """,
        subcommands: [
            GlossaryList.self, GlossaryAdd.self, GlossaryRemove.self, GlossaryFind.self,
            GlossaryImport.self, GlossaryExport.self, GlossaryLint.self, GlossaryMerge.self,
        ]
    )
}
