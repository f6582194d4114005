import Foundation

extension Document {
    /// The longest line accepted by default: 1 MiB of text on one line is not a transcript.
    public static let defaultMaxLineLength = 1 << 20

    /// Reads and decodes a UTF-8 file; `-` reads standard input.
    ///
    /// The document's ``name`` is the file's base name without its last extension
    /// (`aleppo.ar.txt` → `aleppo.ar`), or `stdin`. A file with no text (only white space) is
    /// refused unless `allowEmpty`; a file with unbalanced bidi controls (an RLO never closed,
    /// the "Trojan Source" trick) is refused with the first one's line and column unless
    /// `allowUnbalancedBidi`, which only the tools that audit or strip them should pass.
    public static func read(
        contentsOf path: String, maxLineLength: Int? = Document.defaultMaxLineLength,
        allowEmpty: Bool = false, allowUnbalancedBidi: Bool = false
    ) throws(TextInputError) -> Document {
        let data: Data
        let label = path == "-" ? "<stdin>" : path
        do {
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            }
        } catch {
            throw .unreadable(file: label, reason: Self.reason(for: error, path: path))
        }
        return try read(
            utf8: data, name: documentName(forPath: path), source: label, maxLineLength: maxLineLength,
            allowEmpty: allowEmpty, allowUnbalancedBidi: allowUnbalancedBidi)
    }

    /// Decodes UTF-8 bytes already in memory (a request body) with the checks of
    /// ``read(contentsOf:maxLineLength:allowEmpty:allowUnbalancedBidi:)``; messages call the
    /// input `source` (a request field, say), so no temporary path ever appears in them.
    public static func read(
        utf8 bytes: some Collection<UInt8>, name: String, source: String,
        maxLineLength: Int? = Document.defaultMaxLineLength,
        allowEmpty: Bool = false, allowUnbalancedBidi: Bool = false
    ) throws(TextInputError) -> Document {
        let document = try Document(name: name, source: source, utf8: bytes, maxLineLength: maxLineLength)
        if !allowEmpty && document.units.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(file: source)
        }
        if !allowUnbalancedBidi { try document.requireBalancedBidi() }
        return document
    }

    /// Throws when the text has unbalanced bidi controls, naming the first by the document's
    /// source, line and column.
    public func requireBalancedBidi() throws(TextInputError) {
        do {
            try BidiAudit(units).requireBalanced(file: source)
        } catch {
            throw .unbalancedBidi(error)
        }
    }

    /// The id prefix for a file: its base name without the last extension.
    public static func documentName(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        let base = (path as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return stem.isEmpty ? base : stem
    }

    private static func reason(for error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return (error as NSError).localizedDescription
    }
}
