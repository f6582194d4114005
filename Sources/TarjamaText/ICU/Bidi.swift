internal import CICU

/// ICU's implementation of the Unicode Bidirectional Algorithm (UAX #9) for one paragraph at a time.
///
/// Open one and reuse it; not thread-safe.
public final class Bidi {
    /// The resolved direction of a paragraph or a run.
    public enum Direction: Int32, Sendable, CustomStringConvertible {
        case leftToRight = 0, rightToLeft = 1, mixed = 2, neutral = 3

        public var description: String {
            switch self {
            case .leftToRight: "ltr"
            case .rightToLeft: "rtl"
            case .mixed: "mixed"
            case .neutral: "neutral"
            }
        }
    }

    /// How the paragraph level is chosen.
    public enum BaseLevel: Sendable {
        case leftToRight, rightToLeft
        /// From the first strong character, left-to-right when there is none.
        case firstStrongOrLeftToRight
        /// From the first strong character, right-to-left when there is none.
        case firstStrongOrRightToLeft

        var rawLevel: UInt8 {
            switch self {
            case .leftToRight: 0
            case .rightToLeft: 1
            case .firstStrongOrLeftToRight: 0xfe
            case .firstStrongOrRightToLeft: 0xff
            }
        }
    }

    /// A run of one embedding level, in visual order, with its logical position.
    public struct Run: Sendable, Equatable {
        public var start: Int
        public var length: Int
        public var direction: Direction
    }

    /// Options for ``reordered(options:)``.
    public struct WriteOptions: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let keepBaseCombining = WriteOptions(rawValue: 1)
        public static let mirror = WriteOptions(rawValue: 2)
        public static let insertLRMForNumeric = WriteOptions(rawValue: 4)
        public static let removeControls = WriteOptions(rawValue: 8)
    }

    let handle: OpaquePointer
    private var text: [UInt16] = []

    public init() throws(ICUError) {
        var status: Int32 = 0
        guard let handle = cicu_bidi_open(&status), status <= 0 else {
            throw ICUError(status: status == 0 ? 7 : status, operation: "opening the bidi engine")
        }
        self.handle = handle
    }

    deinit { cicu_bidi_close(handle) }

    /// Runs the algorithm over `paragraph` (one paragraph: no paragraph separators inside).
    public func setParagraph(_ paragraph: [UInt16], level: BaseLevel = .firstStrongOrLeftToRight) throws(ICUError) {
        let length = try ICUError.length(paragraph.count, "running the bidi algorithm")
        text = paragraph
        var status: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            cicu_bidi_set_paragraph(handle, buffer.baseAddress, length, level.rawLevel, &status)
        }
        try ICUError.check(status, "running the bidi algorithm")
    }

    /// The paragraph's overall direction: ltr, rtl or mixed.
    public var direction: Direction { Direction(rawValue: cicu_bidi_direction(handle)) ?? .mixed }

    /// The resolved paragraph embedding level (even: left-to-right, odd: right-to-left).
    public var paragraphLevel: UInt8 { cicu_bidi_paragraph_level(handle) }

    /// The embedding level of the unit at `offset`.
    public func level(at offset: Int) -> UInt8 { cicu_bidi_level_at(handle, Int32(clamping: offset)) }

    /// The runs of the paragraph in visual order.
    public func visualRuns() throws(ICUError) -> [Run] {
        var status: Int32 = 0
        let count = cicu_bidi_count_runs(handle, &status)
        try ICUError.check(status, "counting bidi runs")
        var runs: [Run] = []
        runs.reserveCapacity(Int(count))
        for index in 0..<count {
            var start: Int32 = 0
            var length: Int32 = 0
            let direction = cicu_bidi_visual_run(handle, index, &start, &length)
            runs.append(Run(start: Int(start), length: Int(length), direction: Direction(rawValue: direction) ?? .mixed))
        }
        return runs
    }

    /// The paragraph in visual (display) order, for a terminal that does no bidi of its own.
    public func reordered(options: WriteOptions = [.mirror, .removeControls]) throws(ICUError) -> [UInt16] {
        var capacity = text.count * 2 + 16
        while true {
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let length = output.withUnsafeMutableBufferPointer { buffer in
                cicu_bidi_write_reordered(handle, buffer.baseAddress, Int32(clamping: capacity), options.rawValue, &status)
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ { capacity = Int(length) + 1; continue }
            try ICUError.check(status, "reordering for display")
            output.removeSubrange(Int(length)...)
            return output
        }
    }

    /// The direction of the first strong character in `units`: ltr, rtl, or neutral if none.
    public static func baseDirection(of units: UnsafeBufferPointer<UInt16>) -> Direction {
        Direction(rawValue: cicu_bidi_base_direction(units.baseAddress, Int32(clamping: units.count))) ?? .neutral
    }
}
