import Foundation

/// A request body written to a private temporary file, for the library calls that read files
/// (TMX import, alignment). Error messages name it `upload.<ext>`, never the temporary path.
/// The directory is removed when the instance goes: keep it alive (`withExtendedLifetime`) until
/// the library has read the file.
final class Upload {
    static let directoryPrefix = "tarjama-upload-"

    let directory: String
    let path: String

    /// Writes `data` as `upload<suffix>` in a fresh directory.
    init(data: some Sequence<UInt8>, name: String = "upload", suffix: String) throws {
        let base = FileManager.default.temporaryDirectory.path
        directory = base + "/" + Self.directoryPrefix + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        path = directory + "/" + name + suffix
        guard FileManager.default.createFile(atPath: path, contents: Data(data)) else {
            try? FileManager.default.removeItem(atPath: directory)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// A path for an output file beside the upload.
    func sibling(_ name: String) -> String { directory + "/" + name }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `message` with temporary upload directories cut out, so it names `upload.tmx:12:3`.
    static func scrub(_ message: String) -> String {
        guard message.contains(directoryPrefix) else { return message }
        var result = message
        while let range = result.range(of: directoryPrefix) {
            var start = range.lowerBound
            while start > result.startIndex, !result[result.index(before: start)].isWhitespace,
                  result[result.index(before: start)] != "\"" {
                start = result.index(before: start)
            }
            let slash = result[range.upperBound...].firstIndex(of: "/") ?? result.endIndex
            let end = slash < result.endIndex ? result.index(after: slash) : slash
            result.replaceSubrange(start..<end, with: "")
        }
        return result
    }
}
