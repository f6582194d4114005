import Foundation

/// An open file, or standard input, read in chunks: the one place input files meet `read(2)`.
///
/// ``LineReader`` and the XML byte source both stream through it, so an interrupted read is
/// retried and a failure is worded the same way for every format.
public final class FileInput {
    /// Why a file could not be opened or read, in the system's words.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The path as the caller gave it (`-` for standard input).
        public let path: String
        /// The system's reason (`No such file or directory`, `Is a directory`).
        public let reason: String

        public var description: String { "\(path): cannot read: \(reason)" }
    }

    /// The path being read; `-` is standard input.
    public let path: String
    private let descriptor: Int32

    /// Opens `path` for reading; `-` reads standard input (left open when done).
    public init(path: String) throws(Failure) {
        self.path = path
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw Failure(path: path, reason: Self.systemReason()) }
        }
    }

    deinit {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// Reads up to `buffer.count` bytes into `buffer`; 0 means the end of the input.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Foundation.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            // A signal (a resize, a profiler) interrupts a read without ending the input.
            if errno == EINTR { continue }
            throw Failure(path: path, reason: Self.systemReason())
        }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}
