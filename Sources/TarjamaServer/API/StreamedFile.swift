import HTTPTypes
import Foundation
import Hummingbird
import NIOCore

/// An export written by a library writer to a private temporary file, then sent in 64 KiB chunks
/// so a large memory never sits in the service's memory; the file is removed once sent (or
/// when the response is dropped).
final class StreamedFile: Sendable {
    static let directoryPrefix = "tarjama-export-"

    let directory: String
    let path: String

    init(suffix: String) throws {
        directory = FileManager.default.temporaryDirectory.path + "/" + Self.directoryPrefix + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o700])
        path = directory + "/export" + suffix
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The file as a chunked response body, offered for download as `filename` (any text: it
    /// goes out in RFC 6266 form).
    func response(contentType: String, filename: String) -> Response {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        let body = ResponseBody(contentLength: size) { writer in
            guard let handle = FileHandle(forReadingAtPath: self.path) else { throw APIError.internalError() }
            defer { try? handle.close() }
            while true {
                let chunk = try handle.read(upToCount: 64 * 1024) ?? Data()
                if chunk.isEmpty { break }
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: contentType, .contentDisposition: ContentDisposition.attachment(filename: filename)],
            body: body)
    }
}
