/// A finding silenced on one pair, with the reason recorded (like Xbench's and QA Distiller's
/// "ignore"). Kept in the bilingual file, in the pair's `qaIgnore` array:
///
/// ```json
/// {"id":"un:12", "source":"…", "target":"…",
///  "qaIgnore":[{"code":"number-mismatch","match":"١٩٩٥","reason":"the year is the resolution's, named in the title"}]}
/// ```
///
/// `code` is a finding code (`tarjama check --help` lists them); `reason` is required and not
/// blank; `match`, when present, limits the ignore to findings about that text: the source term
/// or number, or what the target has (a target-only number, a repeated word). An ignore with no
/// `match` silences every finding of its code on the pair.
public struct QAIgnore: Sendable, Hashable {
    /// The bilingual record field that holds a pair's ignores.
    public static let field = "qaIgnore"

    public var code: TermProblem.Kind
    public var match: String?
    public var reason: String

    public init(code: TermProblem.Kind, match: String? = nil, reason: String) {
        self.code = code
        self.match = match
        self.reason = reason
    }

    /// Whether this ignore silences `finding`.
    public func silences(_ finding: TermProblem) -> Bool {
        guard finding.kind == code else { return false }
        guard let match else { return true }
        return finding.source == match || finding.found == match
    }

    /// The ignores a record carries (none when it has no `qaIgnore` field).
    public static func ignores(of record: BilingualRecord, line: Int) throws(QAIgnoreError) -> [QAIgnore] {
        guard let value = record.extra[field], value != .null else { return [] }
        guard let items = value.arrayValue else { throw .malformed(line: line, reason: "\(field) must be an array of objects") }
        var ignores: [QAIgnore] = []
        for (index, item) in items.enumerated() {
            guard let object = item.objectValue else { throw .malformed(line: line, reason: "\(field)[\(index)] is not an object") }
            guard let codeText = object["code"]?.stringValue else {
                throw .malformed(line: line, reason: "\(field)[\(index)] has no \"code\" string")
            }
            guard let code = TermProblem.Kind(rawValue: codeText) else {
                throw .malformed(line: line, reason: "\(field)[\(index)]: unknown code \"\(codeText)\"")
            }
            guard let reason = object["reason"]?.stringValue, !reason.allSatisfy(\.isWhitespace) else {
                throw .malformed(line: line, reason: "\(field)[\(index)] has no \"reason\": an ignore must say why")
            }
            let match = object["match"]
            if let match, match != .null, match.stringValue == nil {
                throw .malformed(line: line, reason: "\(field)[\(index)]: \"match\" must be a string")
            }
            ignores.append(QAIgnore(code: code, match: match?.stringValue, reason: reason))
        }
        return ignores
    }

    /// The ignore as it is written in the file.
    public var json: JSONValue {
        var object = JSONObject()
        object["code"] = .string(code.rawValue)
        if let match { object["match"] = .string(match) }
        object["reason"] = .string(reason)
        return .object(object)
    }

    /// `record` with `ignore` added to its `qaIgnore` (unchanged when an equal ignore is there).
    public static func recording(_ ignore: QAIgnore, in record: BilingualRecord, line: Int) throws(QAIgnoreError) -> BilingualRecord {
        let existing = try ignores(of: record, line: line)
        guard !existing.contains(ignore) else { return record }
        var record = record
        record.extra[field] = .array((existing + [ignore]).map(\.json))
        return record
    }
}

/// A `qaIgnore` field that cannot be read. The message names the line and the entry, not the text.
public enum QAIgnoreError: Error, CustomStringConvertible, Sendable, Equatable {
    case malformed(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .malformed(line, reason): "line \(line): \(reason)"
        }
    }
}
