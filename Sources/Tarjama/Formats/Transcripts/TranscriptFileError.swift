public import TarjamaText

/// Why a transcript file could not be read. Messages name the file and, where there is one,
/// the line; they never quote the transcript.
public enum TranscriptFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The bytes are not a text Tarjama reads (missing, not UTF-8, NUL, a huge line, bidi controls).
    case input(TextInputError)
    /// The subtitle structure is broken (a timing line that does not parse, a cue ending before it starts).
    case subtitle(FormatError)
    /// The file was given as one subtitle format and holds the other.
    case formatMismatch(file: String, declared: TranscriptFormat, found: TranscriptFormat)
    /// A subtitle file whose cues hold no text.
    case noCueText(file: String)

    public var description: String {
        switch self {
        case let .input(error):
            error.description
        case let .subtitle(error):
            error.description
        case let .formatMismatch(file, declared, found):
            "\(file): read as \(declared.rawValue) but it is \(found.rawValue) "
                + (found == .webvtt ? "(it starts with WEBVTT)" : "(it does not start with WEBVTT)")
                + "; give --input-format \(found.rawValue) or auto"
        case let .noCueText(file):
            "\(file): the subtitle file has no cue text"
        }
    }
}
