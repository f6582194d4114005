import Foundation

/// Writes a file through a temporary file in the same directory that is renamed into place on
/// ``commit()``, so an interrupted run never leaves a half-written glossary, TMX or segment file.
///
/// Output is buffered; `-` as the path writes to standard output instead (nothing to rename).
/// Dropping the writer without committing removes the temporary file and leaves any existing
/// file untouched.
public final class AtomicFileWriter {
    /// The destination path, or `-` for standard output.
    public let path: String
    private let handle: FileHandle
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var finished = false
    private let flushThreshold = 1 << 16

    /// Opens a writer for `path`.
    public init(path: String) throws(OutputError) {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(file: path, reason: "the directory \(directory) does not exist")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw .cannotWrite(file: path, reason: "cannot create a temporary file in \(directory)")
        }
        self.handle = handle
        self.temporaryPath = temporary
    }

    deinit {
        if !finished, let temporaryPath {
            try? handle.close()
            unlink(temporaryPath)
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

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .cannotWrite(file: path, reason: (error as NSError).localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the temporary file over the destination.
    public func commit() throws(OutputError) {
        try flush()
        finished = true
        guard let temporaryPath else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporaryPath)
            throw .cannotWrite(file: path, reason: (error as NSError).localizedDescription)
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .cannotWrite(file: path, reason: reason)
        }
    }

    /// Writes `text` to `path` atomically in one call.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        let writer = try AtomicFileWriter(path: path)
        try writer.write(text)
        try writer.commit()
    }
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
