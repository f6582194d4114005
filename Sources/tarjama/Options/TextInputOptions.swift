import ArgumentParser
import TarjamaText

/// A text given on the command line or read from a file: `tarjama normalize حماة` or
/// `tarjama normalize --file transcript.txt`.
struct TextInputOptions: ParsableArguments {
    @Argument(help: "The text itself (or use --file).")
    var text: String?

    @Option(name: .customLong("file"), help: ArgumentHelp("Read the text from a UTF-8 file; '-' reads standard input.", valueName: "file"))
    var file: String?

    func validate() throws {
        if text == nil && file == nil { throw ValidationError("give the text, or --file with a UTF-8 file") }
        if text != nil && file != nil { throw ValidationError("give the text or --file, not both") }
    }

    /// The input as a document (files are checked for UTF-8, NUL and line length).
    func document() throws(TextInputError) -> Document {
        if let file { return try Document.read(contentsOf: file) }
        return Document(name: "argument", text: text ?? "")
    }
}
