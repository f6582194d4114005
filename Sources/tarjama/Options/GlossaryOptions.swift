import ArgumentParser
import Tarjama

/// `--glossary PATH`, repeatable: glossary TSV files or directories of them, earlier ones taking
/// precedence. Without it, `Glossaries/` in the working directory, else the glossary shipped with
/// the binary (``ShippedGlossary``).
struct GlossaryOptions: ParsableArguments {
    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary TSV file or a directory of them; repeat to use several, the first taking precedence. Default: Glossaries/ in the working directory, else the glossary shipped with tarjama.",
            valueName: "path"))
    var paths: [String] = []

    /// The paths to load, the default when none was given.
    var effectivePaths: [String] { paths.isEmpty ? [ShippedGlossary.defaultPath()] : paths }

    /// Loads the glossaries; duplicates and overrides are reported on standard error.
    func load(reportIssues: Bool = false) throws(GlossaryError) -> Glossary {
        let glossary = try Glossary.load(paths: effectivePaths)
        if reportIssues {
            for issue in glossary.issues { StandardError.write("warning: \(issue)\n") }
        }
        return glossary
    }
}
