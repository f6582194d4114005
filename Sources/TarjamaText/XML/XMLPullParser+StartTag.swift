extension XMLPullParser {
    /// How many attribute keys a start tag read in one pass can hold; a tag with more takes
    /// the general path.
    static let fastAttributeSlots = 32

    /// Bytes below 0x40 that end a value's fast scan, as bits: C0 controls, `<`, `&` and the
    /// closing quote (0xEF, a possible U+FFFE/U+FFFF, is tested apart).
    private static let valueStops: UInt64 = 0xFFFF_FFFF | 1 << 0x3C | 1 << 0x26
    private static let doubleQuotedValueStops: UInt64 = valueStops | 1 << 0x22
    private static let singleQuotedValueStops: UInt64 = valueStops | 1 << 0x27

    /// Reads the start tag after `<` in one pass when it lies whole in the chunk and is
    /// simple: ASCII names of up to 16 bytes, `=` right after the name, and values with no
    /// reference, control character or 0xEF. That is every tag an exchange file's body repeats,
    /// and the pass makes no string for a name (or short value) met before.
    ///
    /// Returns false having consumed nothing for any other tag: the general path
    /// (``readStartTag()``) then reads it, and reports what is wrong, where.
    func readStartTagInChunk() throws(XMLError) -> Bool {
        guard state.pointee.open.count < limits.maxDepth else { return false }
        let end = count
        var cursor = position
        var currentLine = line
        var currentColumn = column
        guard let nameEnd = simpleNameEnd(from: cursor) else { return false }
        let key = nameKey(at: cursor, length: nameEnd - cursor)
        currentColumn += nameEnd - cursor
        cursor = nameEnd
        var attributes = 0
        while true {
            var spaced = false
            while cursor < end {
                let byte = storage[cursor]
                if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    currentColumn += 1
                } else if byte == 0x0A {
                    currentLine += 1
                    currentColumn = 1
                } else {
                    break
                }
                cursor += 1
                spaced = true
            }
            guard cursor < end else { return false }
            let byte = storage[cursor]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") {
                if byte == UInt8(ascii: "/") {
                    guard cursor + 1 < end, storage[cursor + 1] == UInt8(ascii: ">") else { return false }
                    cursor += 1
                    currentColumn += 1
                }
                let name = knownName(key, position, position + key.length)
                position = cursor + 1
                line = currentLine
                column = currentColumn + 1
                state.pointee.tokenName = name
                state.pointee.attributeCount = attributes
                openElement(name, key: key)
                if byte == UInt8(ascii: "/") { pendingEnd = name }
                return true
            }
            guard spaced, attributes < Self.fastAttributeSlots, attributes < limits.maxAttributes,
                let attributeEnd = simpleNameEnd(from: cursor)
            else { return false }
            let attributeKey = nameKey(at: cursor, length: attributeEnd - cursor)
            var index = 0
            while index < attributes {
                if attributeKeys[index] == attributeKey { return false }  // the general path refuses it
                index += 1
            }
            let nameStart = cursor
            currentColumn += attributeEnd - cursor + 2
            cursor = attributeEnd + 2
            guard cursor < end, storage[attributeEnd] == UInt8(ascii: "=") else { return false }
            let quote = storage[attributeEnd + 1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return false }
            let valueStart = cursor
            let valueColumn = currentColumn
            let stops = quote == UInt8(ascii: "\"") ? Self.doubleQuotedValueStops : Self.singleQuotedValueStops
            while cursor < end {
                let byte = storage[cursor]
                if byte < 0x40 ? (stops >> UInt64(byte)) & 1 != 0 : byte == 0xEF { break }
                if byte & 0xC0 != 0x80 { currentColumn += 1 }
                cursor += 1
            }
            guard cursor < end, storage[cursor] == quote else { return false }
            let value = try cachedName(valueStart, cursor, line: currentLine, column: valueColumn)
            cursor += 1
            currentColumn += 1
            attributeKeys[attributes] = attributeKey
            storeAttribute(XMLAttribute(name: knownName(attributeKey, nameStart, attributeEnd), value: value), at: attributes)
            attributes += 1
        }
    }

    /// The end of the name at `start` when it is an ASCII XML Name of at most 16 bytes that
    /// ends inside the chunk at a byte that ends names (with 16 bytes of storage from `start`
    /// for its key). Anything else, a name with a byte names do not allow included, is left
    /// to the general path, which says what is wrong.
    @inline(__always) private func simpleNameEnd(from start: Int) -> Int? {
        guard start + 16 <= capacity, start < count, Self.isASCIINameStart(storage[start]) else { return nil }
        var cursor = start + 1
        let limit = min(start + 17, count)
        while cursor < limit {
            let byte = storage[cursor]
            if !Self.isASCIINameChar(byte) { return Self.endsName(byte) && cursor - start <= 16 ? cursor : nil }
            cursor += 1
        }
        return nil
    }

    /// The name of the ASCII bytes `start..<end`, packed in `key`: from ``names`` when met
    /// before, else made and remembered.
    @inline(__always) func knownName(_ key: NameKey, _ start: Int, _ end: Int) -> String {
        // The top six bits of a multiplicative hash: one of the 64 slots.
        let slot = Int(truncatingIfNeeded: ((key.low ^ key.high &* 31) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if names[slot].key == key { return names[slot].name }
        let name = asciiString(start, end)
        names[slot] = (key, name)
        return name
    }

    /// Puts `attribute` in the slot `index` of the last start tag's attributes.
    @inline(__always) func storeAttribute(_ attribute: XMLAttribute, at index: Int) {
        if index < state.pointee.attributes.count {
            state.pointee.attributes[index] = attribute
        } else {
            state.pointee.attributes.append(attribute)
        }
    }
}
