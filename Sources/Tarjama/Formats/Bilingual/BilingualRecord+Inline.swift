extension BilingualRecord {
    /// The JSONL fields that carry the sides' inline codes; the texts hold their placeholders.
    public static let sourceCodesField = "sourceCodes"
    public static let targetCodesField = "targetCodes"

    /// The source's inline codes (the `sourceCodes` field); empty for plain text or when the
    /// field is not an array of codes (the reader refuses such a file).
    public var sourceCodes: [InlineCode] {
        get { extra[Self.sourceCodesField].flatMap(InlineCode.codes(json:)) ?? [] }
        set { extra[Self.sourceCodesField] = newValue.isEmpty ? nil : InlineCode.json(newValue) }
    }

    /// The target's inline codes (the `targetCodes` field).
    public var targetCodes: [InlineCode] {
        get { extra[Self.targetCodesField].flatMap(InlineCode.codes(json:)) ?? [] }
        set { extra[Self.targetCodesField] = newValue.isEmpty ? nil : InlineCode.json(newValue) }
    }

    /// Refuses a record whose code fields are present but not arrays of codes.
    static func checkCodes(_ object: JSONObject, file: String, line: Int) throws(FormatError) {
        for field in [sourceCodesField, targetCodesField] {
            guard let value = object[field], value != .null else { continue }
            guard InlineCode.codes(json: value) != nil else {
                throw .invalidField(
                    file: file, line: line, field: field,
                    expected: "an array of inline codes ({\"id\",\"role\",\"element\",\"attributes\",\"content\"})")
            }
        }
    }
}
