/// The invisible characters that steer the bidi algorithm: embeddings and overrides (closed by
/// PDF), isolates (closed by PDI) and the zero-width marks.
public enum BidiControl: UInt16, Sendable, CaseIterable, CustomStringConvertible {
    case leftToRightEmbedding = 0x202A
    case rightToLeftEmbedding = 0x202B
    case popDirectionalFormatting = 0x202C
    case leftToRightOverride = 0x202D
    case rightToLeftOverride = 0x202E
    case leftToRightIsolate = 0x2066
    case rightToLeftIsolate = 0x2067
    case firstStrongIsolate = 0x2068
    case popDirectionalIsolate = 0x2069
    case leftToRightMark = 0x200E
    case rightToLeftMark = 0x200F
    case arabicLetterMark = 0x061C

    /// The control a UTF-16 unit encodes, if any.
    @inline(__always)
    public init?(unit: UInt16) {
        switch unit {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: self.init(rawValue: unit)
        default: return nil
        }
    }

    /// Whether it opens something a PDF must close (LRE, RLE, LRO, RLO).
    public var opensEmbedding: Bool {
        switch self {
        case .leftToRightEmbedding, .rightToLeftEmbedding, .leftToRightOverride, .rightToLeftOverride: true
        default: false
        }
    }

    /// Whether it opens an isolate a PDI must close (LRI, RLI, FSI).
    public var opensIsolate: Bool {
        self == .leftToRightIsolate || self == .rightToLeftIsolate || self == .firstStrongIsolate
    }

    /// Whether it is one of the zero-width marks (LRM, RLM, ALM), which open nothing.
    public var isMark: Bool { self == .leftToRightMark || self == .rightToLeftMark || self == .arabicLetterMark }

    /// The usual abbreviation: LRE, RLO, PDI, ALM...
    public var abbreviation: String {
        switch self {
        case .leftToRightEmbedding: "LRE"
        case .rightToLeftEmbedding: "RLE"
        case .popDirectionalFormatting: "PDF"
        case .leftToRightOverride: "LRO"
        case .rightToLeftOverride: "RLO"
        case .leftToRightIsolate: "LRI"
        case .rightToLeftIsolate: "RLI"
        case .firstStrongIsolate: "FSI"
        case .popDirectionalIsolate: "PDI"
        case .leftToRightMark: "LRM"
        case .rightToLeftMark: "RLM"
        case .arabicLetterMark: "ALM"
        }
    }

    /// `RLO (U+202E)`.
    public var description: String {
        let hex = String(rawValue, radix: 16, uppercase: true)
        return "\(abbreviation) (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
    }

    /// `units` without any bidi control character (for text pasted from an unknown source).
    ///
    /// - Complexity: O(n).
    public static func strip(_ units: [UInt16]) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        for unit in units where BidiControl(unit: unit) == nil { result.append(unit) }
        return result
    }
}
