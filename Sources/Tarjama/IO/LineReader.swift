import Foundation
import TarjamaText

/// Reads a UTF-8 file line by line in constant memory, for JSONL, TSV and subtitle readers.
///
/// Lines come without their terminator (LF, CRLF; a lone CR is kept, since JSONL and TSV never
/// use it); a leading BOM is dropped. Each line is checked as UTF-8, so a bad byte is reported
/// with its line and column rather than replaced. `-` reads standard input.
public final class LineReader {
    /// The path being read (`-` for standard input), as errors name it.
    public let path: String
    /// The 1-based number of the line last returned by ``nextLine()``.
    public private(set) var lineNumber = 0
    /// The longest line accepted, in bytes; longer lines are refused rather than buffered.
    public let maxLineLength: Int

    private let input: FileInput?
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false

    /// Lines up to 64 MiB by default: far beyond any segment, far below a runaway file.
    public static let defaultMaxLineLength = 1 << 26

    /// Opens `path` for reading.
    public init(path: String, maxLineLength: Int = LineReader.defaultMaxLineLength) throws(FormatError) {
        self.path = path
        self.maxLineLength = maxLineLength
        do {
            input = try FileInput(path: path)
        } catch {
            throw .cannotRead(file: path, reason: error.reason)
        }
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    /// Reads lines from `bytes` already in memory (an upload); `name` stands for the file in errors.
    public init(name: String, bytes: [UInt8], maxLineLength: Int = LineReader.defaultMaxLineLength) {
        self.path = name
        self.maxLineLength = maxLineLength
        input = nil
        buffer = bytes
        end = bytes.count
        atEnd = true
    }

    /// The next line's bytes (valid UTF-8, no terminator), or nil at the end of the file.
    public func nextLine() throws(FormatError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = firstNewline() {
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                return try emit(start..<lineEnd, next: newline + 1)
            }
            if atEnd {
                guard start < end else { return nil }
                return try emit(start..<end, next: end)
            }
            try fill()
        }
    }

    /// The next line as a string, or nil at the end of the file.
    public func nextLineString() throws(FormatError) -> String? {
        guard let bytes = try nextLine() else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func firstNewline() -> Int? {
        guard start < end else { return nil }
        return buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let found = memchr(pointer.baseAddress! + start, 0x0A, end - start) else { return nil }
            return pointer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func emit(_ range: Range<Int>, next: Int) throws(FormatError) -> ArraySlice<UInt8> {
        lineNumber += 1
        start = next
        var range = range
        if lineNumber == 1 {
            range = (range.lowerBound + UTF8Input.byteOrderMarkLength(of: buffer[range]))..<range.upperBound
        }
        if range.count > maxLineLength {
            throw .lineTooLong(file: path, line: lineNumber, limit: maxLineLength)
        }
        let line = buffer[range]
        if let invalid = UTF8Input.firstInvalidPosition(in: line) {
            throw .invalidUTF8(file: path, line: lineNumber, column: invalid.column)
        }
        return line
    }

    private func fill() throws(FormatError) {
        if start > 0 {
            let pending = end - start
            if pending > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    _ = memmove(pointer.baseAddress!, pointer.baseAddress! + start, pending)
                }
            }
            start = 0
            end = pending
        }
        if end == buffer.count {
            // The line does not fit: grow, but never past the limit (plus room for CRLF).
            guard end <= maxLineLength + 1 else {
                throw .lineTooLong(file: path, line: lineNumber + 1, limit: maxLineLength)
            }
            buffer.append(contentsOf: [UInt8](repeating: 0, count: min(buffer.count, maxLineLength + 2 - buffer.count + 1)))
        }
        guard let input else { atEnd = true; return }
        let result = buffer.withUnsafeMutableBytes { pointer in
            Result { () throws(FileInput.Failure) in
                try input.read(into: UnsafeMutableRawBufferPointer(rebasing: pointer[end...]))
            }
        }
        let count: Int
        switch result {
        case .success(let read): count = read
        case .failure(let failure): throw .cannotRead(file: path, reason: failure.reason)
        }
        if count == 0 { atEnd = true }
        end += count
    }
}
