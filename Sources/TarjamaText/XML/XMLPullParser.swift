import Foundation

/// A strict, streaming XML 1.0 reader for exchange files (TMX, XLIFF): constant memory, and a
/// refusal with file, line and column for anything not well-formed.
///
/// Why not Foundation's `XMLParser`: `XMLParser(stream:)` does stream on Linux (34 MB peak on
/// a 630 MB file), but `parse()` returns `true` for a truncated document, it skips a reference
/// to an external entity without a word instead of refusing the file, and on a million units
/// its callbacks alone took 4.1 s where this reader's events took 1.8 s (Formats benchmark).
/// This reader:
/// - never expands a user-defined entity: a DOCTYPE internal subset that declares entities is
///   refused (external entities could read local files; nested ones are the "billion laughs"
///   bomb), as are parameter entities and undeclared entity references;
/// - refuses a document that ends before its root element closes (``XMLError/truncated``);
/// - refuses characters XML does not allow, invalid UTF-8/UTF-16 (in markup too: comments,
///   processing instructions, the DOCTYPE), and encodings other than UTF-8, US-ASCII and UTF-16;
/// - reads names by XML's Name production, and comments, processing instructions, the XML
///   declaration and the DOCTYPE (internal subset included) by their grammar, so it refuses
///   every file xmllint refuses (a differential fuzz in the tests, `Scripts/xml-fuzz.sh`);
/// - bounds text, names, attributes and depth (``XMLLimits``).
/// Namespaces are not resolved: names come as written (`xml:lang`, `gls:glossary`).
public final class XMLPullParser {
    /// The file being read, as errors name it.
    public let path: String
    /// Line (1-based) where the event last returned began.
    public var eventLine: Int { state.pointee.eventLine }
    /// Column (1-based, in characters) where the event last returned began.
    public var eventColumn: Int { state.pointee.eventColumn }
    /// The names of the open elements, outermost first.
    public var openElements: [String] { state.pointee.open.map(\.name) }
    /// How many elements are open.
    public var depth: Int { state.pointee.open.count }
    public let limits: XMLLimits

    let source: XMLByteSource
    // The current chunk of checked UTF-8; a raw buffer so the hot loops pay no bounds checks.
    let storage: UnsafeMutablePointer<UInt8>
    let capacity: Int

    /// The reader's mutable state. It lives behind a pointer because Swift checks exclusive
    /// access to a class's stored properties at run time, which cost a fifth of the read time.
    struct State {
        var count = 0
        var position = 0
        var line = 1
        var column = 1
        var eventLine = 1
        var eventColumn = 1
        var consumedBefore = 0
        var sawRoot = false
        var rootClosed = false
        var sawDoctype = false
        var pendingEnd: String?
        var scratch: [UInt8] = []
        /// The open elements, outermost first.
        var open: [OpenElement] = []
        /// The packed bytes of the name ``XMLPullParser/readName(_:)`` last read, when it was
        /// ASCII of up to 16 bytes in one chunk; else a key of length -1.
        var lastNameKey = NameKey(length: -1)
        /// The last token's name (start or end tag), text, and attributes (start tag); reused
        /// from token to token so a start tag allocates no array of its own.
        var tokenName = ""
        var tokenText = ""
        /// The last start tag's attributes are the first `attributeCount`; slots past it are
        /// stale and overwritten by later tags.
        var attributes: [XMLAttribute] = []
        var attributeCount = 0
    }

    /// An element whose end tag has not come yet.
    struct OpenElement {
        var name: String
        /// The name packed (``State/lastNameKey``), so its end tag is matched with one compare.
        var key: NameKey
        var line: Int
        var column: Int
    }

    /// Up to 16 bytes of a name packed for comparison.
    struct NameKey: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
    }

    let state: UnsafeMutablePointer<State>

    /// Names already made (ASCII, up to 16 bytes), in ``nameSlots`` slots by hash of their
    /// bytes: an exchange file repeats a handful of element and attribute names (and short
    /// values), so each is checked and made once. A raw buffer: no bounds or uniqueness checks.
    let names: UnsafeMutablePointer<(key: NameKey, name: String)>
    static let nameSlots = 64
    /// The packed names of the attributes of the start tag being read in one pass, for the
    /// duplicate check (``readStartTagInChunk()``).
    let attributeKeys: UnsafeMutablePointer<NameKey>

    var count: Int {
        get { state.pointee.count }
        set { state.pointee.count = newValue }
    }
    var position: Int {
        get { state.pointee.position }
        set { state.pointee.position = newValue }
    }
    var line: Int {
        get { state.pointee.line }
        set { state.pointee.line = newValue }
    }
    var column: Int {
        get { state.pointee.column }
        set { state.pointee.column = newValue }
    }
    var consumedBefore: Int {
        get { state.pointee.consumedBefore }
        set { state.pointee.consumedBefore = newValue }
    }
    var sawRoot: Bool {
        get { state.pointee.sawRoot }
        set { state.pointee.sawRoot = newValue }
    }
    var rootClosed: Bool {
        get { state.pointee.rootClosed }
        set { state.pointee.rootClosed = newValue }
    }
    var pendingEnd: String? {
        get { state.pointee.pendingEnd }
        set { state.pointee.pendingEnd = newValue }
    }

    /// Opens `path` (`-` for standard input).
    public convenience init(path: String, limits: XMLLimits = XMLLimits()) throws(XMLError) {
        self.init(source: try XMLByteSource(path: path, chunkSize: limits.bufferBytes), limits: limits)
    }

    /// Reads a document already in memory (a request body); errors call it `name` (the
    /// request part, never a temporary path). The limits apply as they do to a file.
    public convenience init(name: String, bytes: [UInt8], limits: XMLLimits = XMLLimits()) {
        self.init(source: XMLByteSource(name: name, bytes: bytes), limits: limits)
    }

    private init(source: XMLByteSource, limits: XMLLimits) {
        self.path = source.path
        self.limits = limits
        capacity = limits.bufferBytes
        self.source = source
        storage = .allocate(capacity: capacity + 1)  // + the NUL of stringFromChunk
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        names = .allocate(capacity: Self.nameSlots)
        names.initialize(repeating: (NameKey(length: -1), ""), count: Self.nameSlots)
        attributeKeys = .allocate(capacity: Self.fastAttributeSlots)
        attributeKeys.initialize(repeating: NameKey(length: -1), count: Self.fastAttributeSlots)
    }

    deinit {
        storage.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
        names.deinitialize(count: Self.nameSlots)
        names.deallocate()
        attributeKeys.deallocate()
    }

    // MARK: Events

    /// The next event, or nil once the root element has closed and the file ended cleanly.
    public func next() throws(XMLError) -> XMLEvent? {
        event(for: try nextToken())
    }

    /// Skips the rest of the element whose start tag was just returned (its content and end tag).
    public func skipElement() throws(XMLError) {
        let depth = state.pointee.open.count
        while state.pointee.open.count >= depth {
            guard try nextToken() != nil else { return }
        }
    }

    /// A `malformed` error at the start of the last event, for callers checking structure.
    public func structureError(_ reason: String) -> XMLError {
        .malformed(file: path, line: eventLine, column: eventColumn, reason: reason)
    }

    /// XML 1.0's Char production.
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Bytes

    @inline(__always) func peek() throws(XMLError) -> UInt8? {
        if position < count { return storage[position] }
        return try refill() ? storage[position] : nil
    }

    /// Loads the next chunk; false at the end of the input. Tokens never hold on to the old
    /// chunk: whatever spans chunks is copied into `scratch` first.
    func refill() throws(XMLError) -> Bool {
        consumedBefore += count
        position = 0
        count = try source.read(into: storage, capacity: capacity)
        if count == 0 {
            if source.invalidInput { throw .invalidUTF8(file: path, line: line, column: column) }
            return false
        }
        return true
    }

    @inline(__always) func advance() {
        let byte = storage[position]
        position += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Consumes the next byte, which must exist.
    func take(_ what: @autoclosure () -> String) throws(XMLError) -> UInt8 {
        guard let byte = try peek() else { throw truncatedHere("\(what()) is cut off") }
        advance()
        return byte
    }

    /// Consumes optional white space, then the one-byte `literal` (`=`, `>`); the usual case,
    /// the byte right here, costs no call.
    @inline(__always)
    func expect(afterWhitespace literal: StaticString, _ what: @autoclosure () -> String) throws(XMLError) {
        if position < count && storage[position] == literal.utf8Start.pointee {
            position += 1
            column += 1
            return
        }
        try skipWhitespace()
        try expect(literal, what())
    }

    func expect(_ literal: StaticString, _ what: @autoclosure () -> String) throws(XMLError) {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for expected in bytes {
            let (startLine, startColumn) = (line, column)
            guard try take(what()) == expected else {
                throw malformed("expected \(literal) in \(what())", line: startLine, column: startColumn)
            }
        }
    }

    /// Skips white space; whether there was any. Inlined for the common case of none.
    @discardableResult @inline(__always)
    func skipWhitespace() throws(XMLError) -> Bool {
        if position < count, !Self.isWhitespace(storage[position]) { return false }
        return try skipWhitespaceRun()
    }

    private func skipWhitespaceRun() throws(XMLError) -> Bool {
        var skipped = false
        while true {
            if position >= count { guard try refill() else { return skipped } }
            // Local copies so the state behind the pointer is written once per run.
            var cursor = position
            var currentLine = line
            var currentColumn = column
            while cursor < count {
                let byte = storage[cursor]
                if byte == 0x0A {
                    currentLine += 1
                    currentColumn = 1
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    currentColumn += 1
                } else {
                    break
                }
                cursor += 1
            }
            if cursor > position { skipped = true }
            position = cursor
            line = currentLine
            column = currentColumn
            if cursor < count { return skipped }
        }
    }

    func malformed(_ reason: String, line: Int? = nil, column: Int? = nil) -> XMLError {
        .malformed(file: path, line: line ?? self.line, column: column ?? self.column, reason: reason)
    }

    func truncatedHere(_ reason: String) -> XMLError {
        .truncated(file: path, line: line, column: column, reason: reason)
    }

    /// Refuses a C0 control character other than tab, LF and CR.
    @inline(__always) func checkCharacter(_ byte: UInt8) throws(XMLError) {
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            throw malformed("control character U+\(String(byte, radix: 16, uppercase: true)) is not allowed in XML")
        }
    }
}
