extension TimeRange: Codable {
    private enum CodingKeys: String, CodingKey { case start, end }

    /// Reads `{"start","end"}` in seconds (`1.5` is 1 500 ms), as the HTTP API carries it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func milliseconds(_ key: CodingKeys) throws -> Int {
            let seconds = try container.decode(Double.self, forKey: key)
            guard seconds.isFinite, seconds >= 0, seconds < 360_000_000 else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "a time must be a number of seconds, 0 or more")
            }
            return Int((seconds * 1000).rounded())
        }
        self.init(start: try milliseconds(.start), end: try milliseconds(.end))
    }

    /// Writes `{"start","end"}` in seconds with millisecond precision.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Double(start) / 1000, forKey: .start)
        try container.encode(Double(end) / 1000, forKey: .end)
    }
}
