/// The TSV form of a bilingual segment file: `id<TAB>source<TAB>target<TAB>score`, one pair a
/// line, after a header line naming the columns.
///
/// Text is escaped so a pair always stays on one line and four columns: backslash as `\\`, tab
/// as `\t`, line feed as `\n`, carriage return as `\r`. Only these four columns survive a round
/// trip; use JSONL or TMX to keep the rest.
public enum BilingualTSV {
    /// The header line (without newline).
    public static let header = "id\tsource\ttarget\tscore"

    /// `text` with backslash, tab, LF and CR escaped.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\t": output += "\\t"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Undoes ``escape(_:)``; nil when a backslash starts an unknown escape.
    public static func unescape(_ text: Substring) -> String? {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var output = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "\\": output += "\\"
                case "t": output += "\t"
                case "n": output += "\n"
                case "r": output += "\r"
                default: return nil
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return escaping ? nil : output
    }

    /// The TSV line (without newline) for `record`.
    public static func line(for record: BilingualRecord) -> String {
        let score = record.score.flatMap(JSONValue.number).map(\.jsonText) ?? ""
        return escape(record.id) + "\t" + escape(record.source) + "\t" + escape(record.target) + "\t" + score
    }

    /// Reads one data line; `file` and `line` name it in errors.
    public static func record(fromLine text: String, file: String, line: Int) throws(FormatError) -> BilingualRecord {
        let columns = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 3 || columns.count == 4 else {
            throw .malformed(
                file: file, line: line, column: 1,
                reason: "expected 4 tab-separated columns (id, source, target, score), found \(columns.count)")
        }
        var values: [String] = []
        var column = 1
        for field in columns.prefix(3) {
            guard let value = unescape(field) else {
                throw .malformed(file: file, line: line, column: column, reason: "unknown backslash escape (use \\\\, \\t, \\n or \\r)")
            }
            values.append(value)
            column += field.unicodeScalars.count + 1
        }
        var score: Double?
        if columns.count == 4, !columns[3].isEmpty {
            guard let value = Double(columns[3]), value.isFinite else {
                throw .invalidField(file: file, line: line, field: "score", expected: "a number or empty")
            }
            score = value
        }
        guard !values[0].isEmpty else { throw .missingField(file: file, line: line, field: "id") }
        return BilingualRecord(id: values[0], source: values[1], target: values[2], score: score)
    }
}
