import Testing
import TarjamaText

@Suite("Document decoding")
struct DocumentDecodingTests {
    @Test("Arabic UTF-8 decodes to the UTF-16 units Swift sees")
    func decodesArabic() throws {
        let text = "حلب ودمشق 😀\r\nسطر"
        let document = try Document(name: "t", utf8: Array(text.utf8))
        #expect(document.units == Array(text.utf16))
        #expect(document.text == text)
    }

    @Test("a leading BOM is dropped and offsets start after it")
    func dropsBOM() throws {
        let document = try Document(name: "t", utf8: [0xEF, 0xBB, 0xBF] + Array("حلب".utf8))
        #expect(document.text == "حلب")
    }

    @Test("invalid UTF-8 is refused with the byte offset and line")
    func refusesInvalidUTF8() {
        let bytes = Array("سطر\nab".utf8) + [0xD8] + Array("c".utf8)
        #expect(throws: TextInputError.invalidUTF8(file: "f.txt", byteOffset: 9, line: 2)) {
            try Document(name: "f", source: "f.txt", utf8: bytes)
        }
    }

    @Test(
        "overlong encodings and surrogates in UTF-8 are refused",
        arguments: [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]])
    func refusesMalformedSequences(bytes: [UInt8]) {
        #expect(throws: TextInputError.self) { try Document(name: "f", utf8: Array("x".utf8) + bytes) }
    }

    @Test("a NUL byte is refused, naming where it is")
    func refusesNUL() {
        #expect(throws: TextInputError.nulByte(file: "f", byteOffset: 2, line: 1)) {
            try Document(name: "f", utf8: [0x61, 0x62, 0x00, 0x63])
        }
    }

    @Test("a line over the limit is refused")
    func refusesHugeLine() {
        let bytes = [UInt8](repeating: 0x61, count: 5000)
        #expect(throws: TextInputError.lineTooLong(file: "f", line: 1, length: 4001, limit: 4000)) {
            try Document(name: "f", utf8: bytes, maxLineLength: 4000)
        }
    }

    @Test("line and column count CRLF, CR and LF line ends once each")
    func lineAndColumn() {
        let document = Document(name: "t", text: "ab\r\ncd\ref\ngh")
        #expect(document.lineAndColumn(at: 0) == (1, 1))
        #expect(document.lineAndColumn(at: 5) == (2, 2))
        #expect(document.lineAndColumn(at: 7) == (3, 1))
        #expect(document.lineAndColumn(at: 10) == (4, 1))
    }
}
