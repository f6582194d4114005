/// Why a glossary file was refused. Every case names the file and, where there is one, the
/// 1-based line; no case carries glossary or segment text.
public enum GlossaryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file or directory could not be read.
    case cannotRead(file: String, reason: String)
    /// The file holds nothing but white space (the rule every command's input follows).
    case empty(file: String)
    /// The first line is not a header naming at least `source` and `target`.
    case badHeader(file: String, reason: String)
    /// A header names a column this version does not know (often a typo).
    case unknownColumn(file: String, column: String)
    /// A row has fewer fields than the header names.
    case missingColumn(file: String, line: Int, column: String)
    /// A row has more fields than the header names.
    case extraColumns(file: String, line: Int, expected: Int, found: Int)
    /// A required field is empty.
    case emptyField(file: String, line: Int, column: String)
    /// A field holds a value the column does not accept.
    case invalidValue(file: String, line: Int, column: String, reason: String)
    /// Two rows of one file give the same term different preferred renderings.
    case conflict(file: String, line: Int, firstLine: Int)
    /// The file breaks its format's syntax (CSV quoting, XML).
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// The file ends before its structure is complete.
    case truncated(file: String, line: Int, column: Int)
    /// The file uses something refused for safety (external entities).
    case unsafe(file: String, line: Int, column: Int, reason: String)
    /// An entry cannot be written in the requested format (a tab or newline inside a TSV field).
    case unrepresentable(file: String, entry: Int, reason: String)
    /// The entry asked for is not in the glossary.
    case noSuchEntry(file: String)
    /// An added or imported term is already in the file with another preferred rendering.
    case termExists(file: String, line: Int)
    /// A glossary directory holds no glossary file (`*.tsv`).
    case noGlossaryFiles(directory: String)
    /// A command that edits one file was given a directory holding several (or none).
    case ambiguousFile(path: String, count: Int)
    /// Writing failed; the existing file is unchanged.
    case cannotWrite(file: String, reason: String)
    /// A multilingual file (TBX) has no term in a language the import asked for.
    case languageNotInFile(file: String, language: String, found: [String])

    public var description: String {
        switch self {
        case let .cannotRead(file, reason):
            "\(file): cannot read: \(reason)"
        case let .empty(file):
            "\(file): the file is empty"
        case let .badHeader(file, reason):
            "\(file):1: bad header: \(reason); the first line must name the columns, starting source<TAB>target<TAB>note"
        case let .unknownColumn(file, column):
            "\(file):1: unknown column \"\(column)\"; known columns are \(GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .missingColumn(file, line, column):
            "\(file):\(line): the row has no \"\(column)\" column; fields are separated by tabs"
        case let .extraColumns(file, line, expected, found):
            "\(file):\(line): the row has \(found) fields but the header names \(expected)"
        case let .emptyField(file, line, column):
            "\(file):\(line): the \"\(column)\" field is empty"
        case let .invalidValue(file, line, column, reason):
            "\(file):\(line): bad \"\(column)\" value: \(reason)"
        case let .conflict(file, line, firstLine):
            "\(file):\(line): the same term as line \(firstLine) with a different preferred rendering; keep one row or record the other rendering as an alternative"
        case let .malformed(file, line, column, reason):
            "\(file):\(line):\(column): \(reason)"
        case let .truncated(file, line, column):
            "\(file):\(line):\(column): the file is cut off before its end; nothing was imported"
        case let .unsafe(file, line, column, reason):
            "\(file):\(line):\(column): refused: \(reason)"
        case let .unrepresentable(file, entry, reason):
            "\(file): entry \(entry): \(reason); nothing was written"
        case let .noSuchEntry(file):
            "\(file): no entry with that source term"
        case let .termExists(file, line):
            "\(file):\(line): the term is already there with another preferred rendering; use --replace to change it, or add the rendering as an alternative"
        case let .noGlossaryFiles(directory):
            "\(directory): no glossary files (*.tsv) in this directory; give a glossary file or a directory holding some with --glossary"
        case let .ambiguousFile(path, count):
            "\(path): holds \(count) glossary files; name the one to change with --glossary FILE"
        case let .cannotWrite(file, reason):
            "\(file): cannot write: \(reason); the existing file is unchanged"
        case let .languageNotInFile(file, language, found):
            "\(file): no terms in \(language); the file's languages are \(found.isEmpty ? "none" : found.joined(separator: ", ")); "
                + "choose the pair with --source-lang and --target-lang; nothing was imported"
        }
    }
}

/// Something worth a translator's attention that did not stop the glossary loading.
public struct GlossaryIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The same term with the same rendering appears twice in one file; the first row is kept.
        case duplicate
        /// A file of lower precedence gives the term another rendering; the higher one is kept.
        case overridden
        /// The same spelling is listed as a variant of two different terms.
        case sharedVariant
        /// A rendering is both preferred or allowed and forbidden.
        case forbiddenAlsoAllowed
        /// A `not in` phrase of the context column does not contain the entry, so it never applies.
        case contextPhraseWithoutEntry
    }
    public var kind: Kind
    public var file: String
    public var line: Int
    /// Where the earlier occurrence is (`file:line`); for a context issue, the phrase.
    public var other: String

    public var description: String {
        switch kind {
        case .duplicate: "\(file):\(line): duplicate of line \(other); the first is kept"
        case .overridden: "\(file):\(line): overridden by \(other), which takes precedence"
        case .sharedVariant: "\(file):\(line): a variant spelling is also listed at \(other)"
        case .forbiddenAlsoAllowed: "\(file):\(line): a rendering is both accepted and forbidden"
        case .contextPhraseWithoutEntry: "\(file):\(line): the context phrase \"\(other)\" does not contain the entry, so it never applies"
        }
    }
}
