extension BilingualStatus: Codable {
    /// Reads the status as the single string the bilingual file and the HTTP API carry.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the status as a single string (`"confirmed"`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
