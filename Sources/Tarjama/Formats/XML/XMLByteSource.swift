import Foundation

/// The bytes of an XML file as checked UTF-8, whatever the file's Unicode encoding, read in
/// chunks so memory does not grow with the file.
///
/// UTF-16 (LE or BE, with a BOM or detected from `<?xml`) is transcoded as it streams; a UTF-8
/// BOM is dropped. Invalid UTF-8 (or unpaired UTF-16 surrogates) stops delivery at the bad byte,
/// so the parser reports the error at its own line and column.
final class XMLByteSource {
    enum Encoding { case utf8, utf16LittleEndian, utf16BigEndian }

    let path: String
    private(set) var encoding: Encoding = .utf8
    private let descriptor: Int32
    private var raw: [UInt8]
    private var rawStart = 0
    private var rawEnd = 0
    private var atEnd = false
    private var started = false
    /// Set once invalid input is met; delivered after the valid bytes before it.
    private(set) var invalidInput = false
    private let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 18) throws(FormatError) {
        self.path = path
        self.chunkSize = chunkSize
        if path == "-" {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw .cannotRead(file: path, reason: String(cString: strerror(errno))) }
        }
        raw = [UInt8](repeating: 0, count: chunkSize + 8)
    }

    deinit {
        if descriptor > 0 { close(descriptor) }
    }

    /// Replaces the contents of `output` with the next run of valid UTF-8; empty at the end of
    /// the input or at invalid input (check ``invalidInput``).
    func read(into output: inout [UInt8]) throws(FormatError) {
        output.removeAll(keepingCapacity: true)
        guard !invalidInput else { return }
        while output.isEmpty {
            if rawEnd - rawStart < chunkSize / 2 && !atEnd { try fillRaw() }
            if !started { detectEncoding(); started = true }
            let available = rawEnd - rawStart
            if available == 0 { return }
            switch encoding {
            case .utf8: deliverUTF8(into: &output)
            case .utf16LittleEndian, .utf16BigEndian: deliverUTF16(into: &output)
            }
            if invalidInput || (output.isEmpty && atEnd) { return }
            if output.isEmpty { try fillRaw() }
        }
    }

    private func fillRaw() throws(FormatError) {
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
            let count = raw.withUnsafeMutableBufferPointer { pointer in
                Foundation.read(descriptor, pointer.baseAddress! + rawEnd, chunkSize - rawEnd)
            }
            if count < 0 { throw .cannotRead(file: path, reason: String(cString: strerror(errno))) }
            if count == 0 { atEnd = true; return }
            rawEnd += count
        }
    }

    private func detectEncoding() {
        let available = rawEnd - rawStart
        func at(_ k: Int) -> UInt8 { raw[rawStart + k] }
        if available >= 3, at(0) == 0xEF, at(1) == 0xBB, at(2) == 0xBF {
            rawStart += 3
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

    /// Copies the longest prefix of complete, valid UTF-8 sequences.
    private func deliverUTF8(into output: inout [UInt8]) {
        var index = rawStart
        let limit = rawEnd
        raw.withUnsafeBufferPointer { bytes in
            while index < limit {
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
                default: invalidInput = true; return
                }
                if index + length > limit {
                    if atEnd { invalidInput = true }
                    return
                }
                for k in 1..<length {
                    let byte = bytes[index + k]
                    guard byte & 0xC0 == 0x80 else { invalidInput = true; return }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                    invalidInput = true
                    return
                }
                index += length
            }
        }
        output.append(contentsOf: raw[rawStart..<index])
        rawStart = index
    }

    private func deliverUTF16(into output: inout [UInt8]) {
        let littleEndian = encoding == .utf16LittleEndian
        var index = rawStart
        while index + 1 < rawEnd {
            let unit = littleEndian ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8
                                    : UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
            var scalar = UInt32(unit)
            var consumed = 2
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 3 < rawEnd else {
                    if atEnd { invalidInput = true }
                    break
                }
                let low = littleEndian ? UInt16(raw[index + 2]) | UInt16(raw[index + 3]) << 8
                                       : UInt16(raw[index + 2]) << 8 | UInt16(raw[index + 3])
                guard (0xDC00...0xDFFF).contains(low) else { invalidInput = true; break }
                scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
                consumed = 4
            } else if (0xDC00...0xDFFF).contains(unit) {
                invalidInput = true
                break
            }
            output.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
            index += consumed
        }
        if index + 1 == rawEnd && atEnd { invalidInput = true }
        rawStart = index
    }
}
