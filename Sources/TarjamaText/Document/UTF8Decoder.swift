import Foundation

/// Strict UTF-8 to UTF-16 decoding that says where the input went wrong.
///
/// Swift's own validating initialisers only say *that* the bytes are bad; a translator needs to
/// know where, so this decoder tracks the byte offset and line.
enum UTF8Decoder {
    static func decode(_ bytes: some Collection<UInt8>, file: String, maxLineLength: Int?) throws(TextInputError) -> [UInt16] {
        // A file read from disk comes as Data: a large one is decoded on every core.
        if let data = bytes as? Data, let units = decodedInPieces(data, maxLineLength: maxLineLength) { return units }
        let result: Result<[UInt16], TextInputError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(TextInputError) in try decode(buffer, file: file, maxLineLength: maxLineLength) }
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(TextInputError) in
            try decode(buffer, file: file, maxLineLength: maxLineLength)
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String, maxLineLength: Int?) throws(TextInputError) -> [UInt16] {
        let index = UTF8Input.byteOrderMarkLength(of: bytes)
        let count = bytes.count
        // Each byte gives at most one unit (a four-byte sequence two), so the units are
        // written straight into the array's storage, with no capacity check per unit.
        var failure: TextInputError?
        let output = [UInt16](unsafeUninitializedCapacity: count - index) { units, written in
            do throws(TextInputError) {
                written = try decode(bytes, from: index, into: units, file: file, maxLineLength: maxLineLength)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return output
    }

    /// Decodes `bytes` from `start` into `units`; returns how many units it wrote.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into units: UnsafeMutableBufferPointer<UInt16>,
        file: String, maxLineLength: Int?
    ) throws(TextInputError) -> Int {
        var index = start
        let count = bytes.count
        var written = 0
        var line = 1
        var lineLength = 0
        let limit = maxLineLength ?? Int.max

        @inline(__always) func invalid(_ at: Int) -> TextInputError {
            .invalidUTF8(file: file, byteOffset: at, line: line)
        }

        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { throw .nulByte(file: file, byteOffset: index, line: line) }
                if lead == 0x0A || lead == 0x0D {
                    // CRLF counts once; a lone CR is a line end too.
                    if !(lead == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) { line += 1 }
                    lineLength = 0
                } else {
                    lineLength += 1
                    if lineLength > limit { throw .lineTooLong(file: file, line: line, length: lineLength, limit: limit) }
                }
                units[written] = UInt16(lead)
                written += 1
                index += 1
                continue
            }
            // Two-byte sequences (Arabic, most of Latin-1 and Greek) take the short way.
            if lead >= 0xC2 && lead <= 0xDF && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 {
                units[written] = UInt16(lead & 0x1F) << 6 | UInt16(bytes[index + 1] & 0x3F)
                written += 1
                lineLength += 1
                if lineLength > limit { throw .lineTooLong(file: file, line: line, length: lineLength, limit: limit) }
                index += 2
                continue
            }
            var scalar: UInt32
            var length: Int
            var minimum: UInt32
            switch lead {
            case 0xC2...0xDF: scalar = UInt32(lead & 0x1F); length = 2; minimum = 0x80
            case 0xE0...0xEF: scalar = UInt32(lead & 0x0F); length = 3; minimum = 0x800
            case 0xF0...0xF4: scalar = UInt32(lead & 0x07); length = 4; minimum = 0x10000
            default: throw invalid(index)
            }
            guard index + length <= count else { throw invalid(index) }
            for k in 1..<length {
                let byte = bytes[index + k]
                guard byte & 0xC0 == 0x80 else { throw invalid(index) }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { throw invalid(index) }
            if scalar < 0x10000 {
                units[written] = UInt16(scalar)
                written += 1
                lineLength += 1
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR end lines too.
                if scalar == 0x2028 || scalar == 0x2029 { line += 1; lineLength = 0 }
            } else {
                let value = scalar - 0x10000
                units[written] = UInt16(0xD800 + (value >> 10))
                units[written + 1] = UInt16(0xDC00 + (value & 0x3FF))
                written += 2
                lineLength += 2
            }
            if lineLength > limit { throw .lineTooLong(file: file, line: line, length: lineLength, limit: limit) }
            index += length
        }
        return written
    }
}
