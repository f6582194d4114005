import TarjamaText

/// Where one side of a document pair comes from: a file, or bytes already in memory (a
/// request body), which are read the same way without a temporary file.
public enum AlignmentInput: Sendable {
    /// A file (`-` for standard input); `.jsonl`, `.srt` and `.vtt` names choose their format
    /// unless the job gives one.
    case file(String)
    /// UTF-8 bytes in memory: `documentName` is the name in segment ids (`<name>:<n>`), `label`
    /// what messages call the input (a request field such as `source`, never a path).
    case bytes([UInt8], documentName: String, label: String)

    /// What messages and warnings call the input.
    public var label: String {
        switch self {
        case let .file(path): path
        case let .bytes(_, _, label): label
        }
    }

    /// The document name for segment ids: the file's base name without its extension, or the one given.
    public var documentName: String {
        switch self {
        case let .file(path): Document.documentName(forPath: path)
        case let .bytes(_, name, _): name
        }
    }
}
