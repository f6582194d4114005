extension TimeRange {
    /// The range from times in seconds (`1.5`), as JSONL and the HTTP API carry them; nil when
    /// either is not a finite number of seconds from 0 to 100 000 hours, or the end comes first.
    public init?(startSeconds: Double, endSeconds: Double) {
        func milliseconds(_ seconds: Double) -> Int? {
            guard seconds.isFinite, seconds >= 0, seconds < 360_000_000 else { return nil }
            return Int((seconds * 1000).rounded())
        }
        guard let start = milliseconds(startSeconds), let end = milliseconds(endSeconds), start <= end else { return nil }
        self.init(start: start, end: end)
    }

    /// The range written as a TMX `x-time-code` property, `hh:mm:ss.mmm-hh:mm:ss.mmm`; nil
    /// when it is not in that form.
    public init?(timeCode: String) {
        let parts = timeCode.split(separator: "-")
        guard parts.count == 2, let start = TimeRange.parse(parts[0]), let end = TimeRange.parse(parts[1]), start <= end else { return nil }
        self.init(start: start, end: end)
    }

    /// The range as the `startTime`/`endTime` fields of a JSONL record.
    public var jsonFields: (start: JSONValue, end: JSONValue) {
        (.number(TimeRange.seconds(start)), .number(TimeRange.seconds(end)))
    }
}
