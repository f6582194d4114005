import Foundation

extension XMLPullParser {
    /// Reads character data up to the next `<`. The common case (no reference, no CR, inside
    /// one chunk) makes the string straight from the chunk.
    func readText() throws(XMLError) -> String {
        var sawCR = false
        var sawEF = false
        var direct = true
        // Emptied on first use: the common text never touches it.
        var scratchStarted = false
        // The last two bytes of the previous chunk, for a `]]>` split across chunks (the bytes
        // before the text in its first chunk end a tag or reference, so are never `]`).
        var carried: UInt16 = 0
        while true {
            if position >= count {
                direct = false
                if count >= 2 {
                    carried = UInt16(storage[count - 2]) << 8 | UInt16(storage[count - 1])
                } else if count == 1 {
                    carried = carried << 8 | UInt16(storage[0])
                }
                guard try refill() else { break }
            }
            let runStart = position
            var newlines = 0
            var scalarsAfterNewline = 0
            var special = false
            var index = runStart
            // One pass finds the end of the run (`<` or `&`) and counts lines and columns:
            // sixteen bytes at a time (two words, SWAR) while none is `<`, `&`, a control
            // character (so no line end) or 0xEF (a possible U+FFFE/U+FFFF); a block with one
            // is read byte by byte. (A fifth test, for `>`, stops the compiler from doing the
            // two words as one vector: 7% more instructions per TMX read. memchr below costs
            // less.)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            scan: while true {
                while index + 16 <= count {
                    let low = UnsafeRawPointer(storage + index).loadUnaligned(as: UInt64.self)
                    let high = UnsafeRawPointer(storage + index).loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    if (Self.hasStop(low, ones: ones) | Self.hasStop(high, ones: ones)) & highs != 0 { break }
                    // Continuation bytes are 10xxxxxx: bit 7 set and bit 6 clear. Their marks,
                    // moved to bit 0 of each byte and summed by one multiply into the top byte
                    // (at most 16), cost less than two popcounts the baseline x86-64 lacks.
                    let marks = ((low & ~(low << 1) & highs) >> 7) &+ ((high & ~(high << 1) & highs) >> 7)
                    let continuations = Int(truncatingIfNeeded: (marks &* ones) >> 56)
                    scalarsAfterNewline += 16 - continuations
                    index += 16
                }
                let blockEnd = min(index + 16, count)
                while index < blockEnd {
                    let byte = storage[index]
                    if byte == 0x3C || byte == 0x26 { break scan }
                    if byte < 0x20 || byte == 0xEF { special = true }
                    if byte == 0x0A {
                        newlines += 1
                        scalarsAfterNewline = 0
                    } else if byte & 0xC0 != 0x80 {
                        scalarsAfterNewline += 1
                    }
                    index += 1
                }
                if index >= count { break }
            }
            let runEnd = index
            // Text may not hold `]]>`: a run with a `>` is checked byte by byte, below.
            if !special && runEnd > runStart && memchr(storage + runStart, 0x3E, runEnd - runStart) != nil {
                special = true
            }
            if special {
                // Rare: check control characters and `]]>` one by one so the error has its
                // position.
                var currentLine = line
                var currentColumn = column
                for index in runStart..<runEnd {
                    let byte = storage[index]
                    if byte == 0x0D { sawCR = true }
                    if byte == 0xEF { sawEF = true }
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                        position = index
                        line = currentLine
                        column = currentColumn
                        try checkCharacter(byte)
                    }
                    if byte == 0x3E && closesCDATA(at: index, carried: carried) {
                        throw malformed("']]>' is not allowed in text (write ]]&gt;)", line: currentLine, column: currentColumn - 2)
                    }
                    if byte == 0x0A {
                        currentLine += 1
                        currentColumn = 1
                    } else if byte & 0xC0 != 0x80 {
                        currentColumn += 1
                    }
                }
            }
            position = runEnd
            if newlines > 0 {
                line += newlines
                column = 1 + scalarsAfterNewline
            } else {
                column += scalarsAfterNewline
            }
            let stop: UInt8 = runEnd < count ? storage[runEnd] : 0
            if stop == 0x3C && direct && !sawCR && !sawEF {
                return try stringFromChunk(runStart, runEnd, line: eventLine, column: eventColumn)
            }
            direct = false
            if !scratchStarted {
                state.pointee.scratch.removeAll(keepingCapacity: true)
                scratchStarted = true
            }
            state.pointee.scratch.append(contentsOf: UnsafeBufferPointer(start: storage + runStart, count: runEnd - runStart))
            if state.pointee.scratch.count > limits.maxTextBytes {
                throw malformed("character data longer than \(limits.maxTextBytes) bytes")
            }
            if stop == 0x3C { break }
            if stop == 0x26 {
                advance()
                try readReference(into: &state.pointee.scratch)
            }
        }
        if !scratchStarted { state.pointee.scratch.removeAll(keepingCapacity: true) }
        return try finishText(sawCR: sawCR)
    }

    /// Whether the `>` at `index` ends `]]>`; the bytes before the chunk are `carried`.
    @inline(__always) func closesCDATA(at index: Int, carried: UInt16) -> Bool {
        let before1 = index >= 1 ? storage[index - 1] : UInt8(truncatingIfNeeded: carried)
        let before2 =
            index >= 2 ? storage[index - 2] : index == 1 ? UInt8(truncatingIfNeeded: carried) : UInt8(truncatingIfNeeded: carried >> 8)
        return before1 == 0x5D && before2 == 0x5D
    }

    /// High bits set in the bytes of `word` that may stop the fast scan: below 0x20, 0xEF,
    /// `<` or `&` (each test exact for a word without such a byte, so none is missed).
    @inline(__always) static func hasStop(_ word: UInt64, ones: UInt64) -> UInt64 {
        let ef = word ^ (ones &* 0xEF)
        let less = word ^ (ones &* 0x3C)
        let amp = word ^ (ones &* 0x26)
        return ((word &- ones &* 0x20) & ~word) | ((ef &- ones) & ~ef) | ((less &- ones) & ~less) | ((amp &- ones) & ~amp)
    }

    /// Turns `scratch` into a string: line ends normalised, noncharacters refused.
    func finishText(sawCR: Bool) throws(XMLError) -> String {
        var bytes = state.pointee.scratch
        if sawCR {
            // XML line-end normalisation: CRLF and lone CR become LF.
            var normalised: [UInt8] = []
            normalised.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D {
                    normalised.append(0x0A)
                    if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                } else {
                    normalised.append(byte)
                }
                index += 1
            }
            bytes = normalised
        }
        // U+FFFE and U+FFFF are encoded EF BF BE / EF BF BF.
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                throw malformed("the noncharacter U+FFFE or U+FFFF is not allowed in XML", line: eventLine, column: eventColumn)
            }
            index += 1
        }
        return try string(bytes, line: eventLine, column: eventColumn)
    }

    /// Makes a string of the chunk's bytes `start..<end`. UTF-8 is checked here, once, where
    /// the text is made, rather than byte by byte as it is read; a bad sequence is reported at
    /// its own line and column, counted from (`line`, `column`) where the bytes began.
    ///
    /// The bytes never hold NUL (control characters are refused before this), so the check
    /// can use the C-string initialiser, the only non-generic validating one: a NUL is put
    /// after the run for the call and the byte restored.
    func stringFromChunk(_ start: Int, _ end: Int, line: Int, column: Int) throws(XMLError) -> String {
        let saved = storage[end]
        storage[end] = 0
        let text = String(validatingCString: UnsafeRawPointer(storage + start).assumingMemoryBound(to: CChar.self))
        storage[end] = saved
        if let text { return text }
        throw invalidUTF8(UnsafeBufferPointer(start: storage + start, count: end - start), line: line, column: column)
    }

    /// Makes a string of the chunk's bytes `start..<end`, known to be ASCII (so valid UTF-8):
    /// no NUL to place and no strlen, which on short values cost more than the check.
    @inline(__always) func asciiString(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: storage + start, count: end - start), as: UTF8.self)
    }

    /// Makes a string of `bytes` (text assembled across chunks), checked as UTF-8.
    func string(_ bytes: [UInt8], line: Int, column: Int) throws(XMLError) -> String {
        var terminated = bytes
        terminated.append(0)
        let text = terminated.withUnsafeBufferPointer { buffer in
            String(validatingCString: UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self))
        }
        if let text { return text }
        throw bytes.withUnsafeBufferPointer { buffer in invalidUTF8(buffer, line: line, column: column) }
    }

    func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> XMLError {
        var errorLine = line
        var errorColumn = column
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" { errorLine += 1; errorColumn = 1 } else { errorColumn += 1 }
            case .emptyInput, .error: break decoding
            }
        }
        return .invalidUTF8(file: path, line: errorLine, column: errorColumn)
    }

    /// Reads a reference after `&` and appends its character; only the five predefined
    /// entities and character references exist here.
    func readReference(into output: inout [UInt8]) throws(XMLError) {
        let (startLine, startColumn) = (line, column - 1)
        var name: [UInt8] = []
        while true {
            let byte = try take("an entity reference")
            if byte == UInt8(ascii: ";") { break }
            guard name.count < 32, !Self.isWhitespace(byte), byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&") else {
                throw malformed("'&' must start a reference such as &amp; (write & as &amp;)", line: startLine, column: startColumn)
            }
            name.append(byte)
        }
        let scalar: Unicode.Scalar
        switch String(decoding: name, as: UTF8.self) {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            // Digits only: UInt32(_:radix:) would also take a sign (`&#x+41;`).
            let hex = digits.hasPrefix("x")
            let number = hex ? digits.dropFirst() : digits
            let allDigits = !number.isEmpty && number.utf8.allSatisfy { hex ? $0.isHexDigit : (0x30...0x39).contains($0) }
            let value = allDigits ? UInt32(number, radix: hex ? 16 : 10) : nil
            guard let value, let character = Unicode.Scalar(value), Self.isXMLCharacter(character) else {
                throw malformed("&\(reference); is not a character XML allows", line: startLine, column: startColumn)
            }
            scalar = character
        case let reference:
            throw malformed("undefined entity &\(reference);", line: startLine, column: startColumn)
        }
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}

private extension UInt8 {
    var isHexDigit: Bool { (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self) }
}
