import ArgumentParser

/// `tarjama tm`: the translation memory's commands.
struct TM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Build and query the translation memory (an SQLite file).",
        discussion: """
            The memory is one SQLite file (default tarjama.sqlite in the working directory; --db to \
            choose). Lookups find earlier translations of a segment or one like it, in any spelling \
            (حماة/حماه, إدلب/ادلب, clitics such as و and لل), with CAT-style match percentages: 101 \
            identical with the same neighbouring segments, 100 identical, below that by word-level \
            edit distance, where spelling, punctuation and number differences cost less than a word.
            """,
        subcommands: [TMImport.self, TMExport.self, TMLookup.self, TMConcordance.self, TMStats.self, TMDelete.self]
    )
}
