import Foundation

/// The bytes of an XML file as checked UTF-8, whatever the file's Unicode encoding, read in
/// chunks so memory does not grow with the file.
///
/// UTF-16 (LE or BE, with a BOM or detected from `<?xml`) is transcoded as it streams, and an
/// unpaired surrogate stops delivery so the parser reports it at its own line and column; a
/// UTF-8 BOM is dropped. UTF-8 passes through unchecked: the parser checks it where it makes
/// strings.
final class XMLByteSource {
    enum Encoding { case utf8, utf16LittleEndian, utf16BigEndian }

    let path: String
    private(set) var encoding: Encoding = .utf8
    private let input: FileInput?
    private var raw: [UInt8]
    private var rawStart = 0
    private var rawEnd = 0
    private var atEnd = false
    private var started = false
    /// Set once invalid input is met; delivered after the valid bytes before it.
    private(set) var invalidInput = false
    private let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 18) throws(XMLError) {
        self.path = path
        self.chunkSize = chunkSize
        do {
            input = try FileInput(path: path)
        } catch {
            throw .cannotRead(file: path, reason: error.reason)
        }
        raw = [UInt8](repeating: 0, count: chunkSize + 8)
    }

    /// The bytes of a document already in memory; `name` stands for the file in errors.
    init(name: String, bytes: [UInt8]) {
        path = name
        chunkSize = max(bytes.count, 8)
        input = nil
        raw = bytes
        rawEnd = bytes.count
        atEnd = true
    }

    /// Fills `output` (room for `capacity` bytes, at least 8) with the next run of valid UTF-8
    /// and returns its length; 0 at the end of the input or at invalid input (check
    /// ``invalidInput``).
    func read(into output: UnsafeMutablePointer<UInt8>, capacity: Int) throws(XMLError) -> Int {
        guard !invalidInput else { return 0 }
        // UTF-8 once the staging buffer is drained: read(2) straight into the parser's
        // buffer, so the bytes are not copied a second time.
        if started && encoding == .utf8 && rawStart == rawEnd && !atEnd {
            let count = try readInput(into: UnsafeMutableRawBufferPointer(start: output, count: capacity))
            if count == 0 { atEnd = true }
            return count
        }
        var written = 0
        while written == 0 {
            if rawEnd - rawStart < chunkSize / 2 && !atEnd { try fillRaw() }
            if !started { detectEncoding(); started = true }
            if rawEnd - rawStart == 0 { return 0 }
            switch encoding {
            case .utf8: written = deliverUTF8(into: output, capacity: capacity)
            case .utf16LittleEndian, .utf16BigEndian: written = deliverUTF16(into: output, capacity: capacity)
            }
            if invalidInput || (written == 0 && atEnd) { return written }
            if written == 0 { try fillRaw() }
        }
        return written
    }

    private func fillRaw() throws(XMLError) {
        if rawStart > 0 {
            let pending = rawEnd - rawStart
            if pending > 0 {
                raw.withUnsafeMutableBufferPointer { pointer in
                    _ = memmove(pointer.baseAddress!, pointer.baseAddress! + rawStart, pending)
                }
            }
            rawStart = 0
            rawEnd = pending
        }
        while rawEnd < 4 || rawEnd < chunkSize / 2 {
            let result = raw.withUnsafeMutableBytes { pointer in
                Result { () throws(XMLError) in
                    try readInput(into: UnsafeMutableRawBufferPointer(rebasing: pointer[rawEnd..<chunkSize]))
                }
            }
            let count = try result.get()
            if count == 0 { atEnd = true; return }
            rawEnd += count
        }
    }

    private func readInput(into buffer: UnsafeMutableRawBufferPointer) throws(XMLError) -> Int {
        guard let input else { return 0 }
        do {
            return try input.read(into: buffer)
        } catch {
            throw .cannotRead(file: path, reason: error.reason)
        }
    }

    private func detectEncoding() {
        let available = rawEnd - rawStart
        func at(_ k: Int) -> UInt8 { raw[rawStart + k] }
        let byteOrderMark = UTF8Input.byteOrderMarkLength(of: raw[rawStart..<rawEnd])
        if byteOrderMark > 0 {
            rawStart += byteOrderMark
        } else if available >= 2, at(0) == 0xFF, at(1) == 0xFE {
            encoding = .utf16LittleEndian
            rawStart += 2
        } else if available >= 2, at(0) == 0xFE, at(1) == 0xFF {
            encoding = .utf16BigEndian
            rawStart += 2
        } else if available >= 4, at(0) == 0x3C, at(1) == 0, at(2) == 0x3F, at(3) == 0 {
            encoding = .utf16LittleEndian
        } else if available >= 4, at(0) == 0, at(1) == 0x3C, at(2) == 0, at(3) == 0x3F {
            encoding = .utf16BigEndian
        }
    }

    /// Copies UTF-8 as it is: it is checked where strings are made (``XMLPullParser``), so
    /// the bytes pass through here once, by memcpy.
    private func deliverUTF8(into output: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        let count = min(rawEnd - rawStart, capacity)
        raw.withUnsafeBufferPointer { bytes in
            output.update(from: bytes.baseAddress! + rawStart, count: count)
        }
        rawStart += count
        return count
    }

    private func deliverUTF16(into output: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        let littleEndian = encoding == .utf16LittleEndian
        var index = rawStart
        var written = 0
        while index + 1 < rawEnd && written + 4 <= capacity {
            let unit =
                littleEndian
                ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8
                : UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
            var scalar = UInt32(unit)
            var consumed = 2
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 3 < rawEnd else {
                    if atEnd { invalidInput = true }
                    break
                }
                let low =
                    littleEndian
                    ? UInt16(raw[index + 2]) | UInt16(raw[index + 3]) << 8
                    : UInt16(raw[index + 2]) << 8 | UInt16(raw[index + 3])
                guard (0xDC00...0xDFFF).contains(low) else { invalidInput = true; break }
                scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
                consumed = 4
            } else if (0xDC00...0xDFFF).contains(unit) {
                invalidInput = true
                break
            }
            for byte in UTF8.encode(Unicode.Scalar(scalar)!)! {
                output[written] = byte
                written += 1
            }
            index += consumed
        }
        if index + 1 == rawEnd && atEnd { invalidInput = true }
        rawStart = index
        return written
    }
}
