import CSignalCleanup
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary file in the same directory that is renamed into place on
/// ``commit()``, so an interrupted run never leaves a half-written glossary, TMX or segment file.
///
/// The replaced file keeps its permission bits (and its owner and group where the process may set
/// them); a new file gets the default mode (0666 less the umask). A symbolic link stays a link:
/// the file it points to is replaced. The temporary file is created exclusively, never more
/// readable than the target, and removed when the writer is dropped without committing, when the
/// process exits, and when it is stopped by SIGINT, SIGTERM or SIGHUP (see ``TemporaryFiles``);
/// one left by a process that was killed outright is removed by the next write to the same file.
/// A device or pipe (`/dev/stdout`, `/dev/null`, a FIFO) is written directly.
///
/// Output is buffered; `-` as the path writes to standard output instead (nothing to rename).
/// Dropping the writer without committing leaves any existing file untouched.
public final class AtomicFileWriter {
    /// The destination path, or `-` for standard output.
    public let path: String
    private let descriptor: Int32
    private let target: Target
    private var buffer: [UInt8] = []
    private var finished = false
    private var pauseAfterFirstWrite: UInt32?
    private let flushThreshold = 1 << 16

    /// Where the bytes go.
    enum Target {
        /// Standard output: flushed, never closed.
        case standardOutput
        /// A device or pipe opened as it is.
        case stream
        /// A temporary file renamed over `path` (the link-resolved file) on commit.
        case replacing(path: String, directory: String, temporary: String, slot: Int32)
    }

    /// Opens a writer for `path`.
    public init(path: String) throws(OutputError) {
        self.path = path
        if path == "-" {
            descriptor = STDOUT_FILENO
            target = .standardOutput
            return
        }
        switch try Self.resolve(path) {
        case .stream:
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite(file: path, reason: Self.systemReason()) }
            self.descriptor = descriptor
            target = .stream
        case let .file(file, directory, name, existing):
            Self.removeStaleTemporaryFiles(in: directory, name: name)
            let (descriptor, temporary, slot) = try Self.createTemporaryFile(
                for: file, directory: directory, name: name,
                existing: existing, reportedAs: path)
            self.descriptor = descriptor
            target = .replacing(path: file, directory: directory, temporary: temporary, slot: slot)
            pauseAfterFirstWrite = Self.testPause()
        }
    }

    deinit {
        guard !finished else { return }
        switch target {
        case .standardOutput:
            break
        case .stream:
            close(descriptor)
        case let .replacing(_, _, temporary, slot):
            close(descriptor)
            unlink(temporary)
            tarjama_cleanup_unregister(slot)
        }
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Appends raw bytes.
    public func write(bytes: some Sequence<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Appends raw bytes; a block of at least the buffer's size goes to the file without a copy.
    public func write(bytes: [UInt8]) throws(OutputError) {
        guard bytes.count >= flushThreshold else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= flushThreshold { try flush() }
            return
        }
        try flush()
        try writeAll(bytes)
    }

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws(OutputError) {
        let failure: Int32? = bytes.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = writeBytes(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(file: path, reason: String(cString: strerror(failure))) }
        if let seconds = pauseAfterFirstWrite {
            pauseAfterFirstWrite = nil
            sleep(seconds)
        }
    }

    /// Flushes, syncs and renames the temporary file over the destination, then syncs the
    /// directory so the rename itself survives a power cut.
    public func commit() throws(OutputError) {
        try flush()
        finished = true
        switch target {
        case .standardOutput:
            return
        case .stream:
            close(descriptor)
        case let .replacing(file, directory, temporary, slot):
            defer { tarjama_cleanup_unregister(slot) }
            if fsync(descriptor) != 0 {
                let reason = Self.systemReason()
                close(descriptor)
                unlink(temporary)
                throw .cannotWrite(file: path, reason: reason)
            }
            if close(descriptor) != 0 || rename(temporary, file) != 0 {
                let reason = Self.systemReason()
                unlink(temporary)
                throw .cannotWrite(file: path, reason: reason)
            }
            Self.synchronizeDirectory(directory)
        }
    }

    /// Writes `text` to `path` atomically in one call.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        let writer = try AtomicFileWriter(path: path)
        try writer.write(text)
        try writer.commit()
    }

    static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// write(2), named apart from the writer's own `write` methods.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Why output could not be written.
public enum OutputError: Error, CustomStringConvertible, Sendable, Equatable {
    case cannotWrite(file: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(file, reason): "\(file): cannot write: \(reason); nothing was changed"
        }
    }
}
