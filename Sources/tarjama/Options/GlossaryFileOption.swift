import ArgumentParser

/// `--glossary PATH` for the commands that change one glossary file (`glossary add`, `glossary
/// remove`, `glossary import`). Without it, the one file in `Glossaries/` (working directory, else shipped with the
/// binary, ``ShippedGlossary``).
struct GlossaryFileOption: ParsableArguments {
    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "The glossary file to change. Default: the one file in Glossaries/ (working directory, else shipped with tarjama).",
            valueName: "path"))
    var glossaryPath: String?

    /// `--glossary`, or the default glossary folder.
    var path: String { glossaryPath ?? ShippedGlossary.defaultPath() }
}
