/// A span of a recording in milliseconds, end exclusive in spirit (a cue shows from `start`
/// until `end`).
public struct TimeRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: TimeRange) -> TimeRange {
        TimeRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// `hh:mm:ss.mmm-hh:mm:ss.mmm`, as the TMX `x-time-code` property holds it.
    public var timeCode: String {
        TimeRange.format(start, separator: ".") + "-" + TimeRange.format(end, separator: ".")
    }

    /// `hh:mm:ss.mmm → hh:mm:ss.mmm`, for text reports a reader scans.
    public var displayText: String {
        TimeRange.format(start, separator: ".") + " → " + TimeRange.format(end, separator: ".")
    }

    /// `milliseconds` as seconds with three decimals (`1500` → `1.500`), a JSON number that
    /// reads back exactly, as the HTTP API's times are in seconds.
    public static func seconds(_ milliseconds: Int) -> String {
        let value = max(0, milliseconds)
        let fraction = String(value % 1000)
        return String(value / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// `milliseconds` as `hh:mm:ss<separator>mmm` (SRT uses `,`, WebVTT `.`).
    public static func format(_ milliseconds: Int, separator: Character) -> String {
        let value = max(0, milliseconds)
        func pad(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(value / 3_600_000, 2) + ":" + pad(value / 60_000 % 60, 2) + ":" + pad(value / 1000 % 60, 2)
            + String(separator) + pad(value % 1000, 3)
    }

    /// Parses `hh:mm:ss,mmm`, `hh:mm:ss.mmm` or `mm:ss.mmm` (WebVTT's short form); nil otherwise.
    public static func parse(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let last = parts[parts.count - 1]
        guard let mark = last.firstIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let secondsText = last[..<mark]
        let millisecondsText = last[last.index(after: mark)...]
        func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(part.count), part.allSatisfy(\.isASCII), let value = Int(part), value >= 0 else { return nil }
            return value
        }
        guard let seconds = number(secondsText, digits: 2...2), seconds < 60,
            let milliseconds = number(millisecondsText, digits: 3...3)
        else { return nil }
        let minutesPart = parts[parts.count - 2]
        guard let minutes = number(minutesPart, digits: 2...2), minutes < 60 else { return nil }
        var hours = 0
        if parts.count == 3 {
            guard let value = number(parts[0], digits: 1...4) else { return nil }
            hours = value
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds
    }
}
