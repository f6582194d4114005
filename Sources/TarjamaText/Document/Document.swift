/// A text decoded once into the UTF-16 buffer that ICU works on and that every offset counts.
///
/// A leading byte-order mark is dropped; line endings (LF, CRLF, CR) are kept as they are, so
/// offsets point at the original text. Segments, matches and suggestions are ranges into
/// ``units``, never copies.
public struct Document: Sendable {
    /// The document's name as it appears in segment ids (`<name>:<n>`), usually the file's base
    /// name without extension.
    public var name: String
    /// Where the text came from, for messages: a path, or `<stdin>`.
    public var source: String
    /// The text as UTF-16 code units.
    public let units: [UInt16]

    /// Decodes UTF-8 `bytes`, refusing invalid UTF-8 and NUL bytes with their byte offset.
    ///
    /// - Parameters:
    ///   - maxLineLength: the longest line accepted, in UTF-16 units; `nil` for no limit.
    public init(
        name: String, source: String? = nil, utf8 bytes: some Collection<UInt8>,
        maxLineLength: Int? = nil
    ) throws(TextInputError) {
        self.name = name
        self.source = source ?? name
        let units = try UTF8Decoder.decode(bytes, file: source ?? name, maxLineLength: maxLineLength)
        guard units.count <= Self.maximumCount else {
            throw .tooLarge(file: source ?? name, units: units.count, limit: Self.maximumCount)
        }
        self.units = units
    }

    /// The most UTF-16 units a document holds: ICU counts in `int32_t`, and so do the offset maps.
    public static let maximumCount = Int(Int32.max)

    /// A document over text already in memory.
    public init(name: String, text: String) {
        self.name = name
        self.source = name
        var units = Array(text.utf16)
        if units.first == 0xFEFF { units.removeFirst() }
        self.units = units
    }

    /// The number of UTF-16 units.
    public var count: Int { units.count }

    /// The text of `range` as a Swift string (made at the edge, for output).
    public func text(in range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF16.self) }
    }

    /// The whole text.
    public var text: String { text(in: 0..<units.count) }

    /// The 1-based line and column (in UTF-16 units) of `offset`, for messages.
    public func lineAndColumn(at offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        let end = min(offset, units.count)
        while index < end {
            let unit = units[index]
            if unit == 0x0A || (unit == 0x0D && (index + 1 >= units.count || units[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, end - lineStart + 1)
    }
}
