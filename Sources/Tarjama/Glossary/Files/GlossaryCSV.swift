import Foundation

/// Glossaries as CSV (RFC 4180): fields separated by commas, records by CRLF (LF accepted),
/// fields with a comma, quote or line break quoted, quotes inside doubled.
///
/// Reading: when the first record names known columns (source, target, note or comment, type,
/// variants, alternatives, forbidden, context; `location` is ignored) it is a header; otherwise the
/// columns are source, target, note. Writing: a header and every column, sorted like the TSV.
public enum GlossaryCSV {
    /// Reads a CSV glossary.
    public static func read(path: String) throws(GlossaryError) -> [GlossaryTSV.Row] {
        try parse(GlossaryFileText.read(path: path), file: path)
    }

    /// Parses CSV text that `file` names in errors.
    public static func parse(_ text: String, file: String) throws(GlossaryError) -> [GlossaryTSV.Row] {
        let records = try records(of: text, file: file)
        guard let first = records.first else { return [] }
        var columns: [GlossaryColumn?] = [.source, .target, .note]
        var body = records[...]
        let named = first.fields.map { name -> GlossaryColumn?? in
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            if name == "location" { return .some(nil) }
            if name == "comment" || name == "comments" { return .some(.note) }
            return GlossaryColumn(rawValue: name).map { .some($0) }
        }
        if named.allSatisfy({ $0 != nil }), named.contains(where: { $0! == .source }) {
            columns = named.map { $0! }
            body = body.dropFirst()
        }
        var rows: [GlossaryTSV.Row] = []
        for record in body {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var entry = GlossaryEntry(source: "", target: "")
            for (index, column) in columns.enumerated() {
                guard let column else { continue }
                guard index < record.fields.count else {
                    if column == .source || column == .target {
                        throw .missingColumn(file: file, line: record.line, column: column.rawValue)
                    }
                    continue
                }
                let value = record.fields[index].trimmingCharacters(in: .whitespaces)
                try entry.assign(cell: value, to: column, file: file, line: record.line)
            }
            try entry.checkRow(file: file, line: record.line)
            rows.append(GlossaryTSV.Row(entry: entry, line: record.line))
        }
        return rows
    }

    struct Record {
        var line: Int
        var fields: [String]
    }

    /// Splits RFC 4180 text into records, each with the line it starts on.
    static func records(of text: String, file: String) throws(GlossaryError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, column = 0
        var recordLine = 1
        var quoted = false, afterQuote = false, fieldStarted = false
        var quoteLine = 1, quoteColumn = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func endRecord() {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
            fields = []; field = ""; fieldStarted = false; afterQuote = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            column += 1
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\""); index += 2; column += 1; continue
                    }
                    quoted = false; afterQuote = true
                } else {
                    field.unicodeScalars.append(scalar)
                    if scalar == "\n" { line += 1; column = 0 }
                }
                index += 1
                continue
            }
            switch scalar {
            case ",":
                fields.append(field); field = ""; fieldStarted = false; afterQuote = false
            case "\r", "\n":
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                if fieldStarted || afterQuote || !fields.isEmpty || !field.isEmpty { endRecord() }
                line += 1; column = 0
                recordLine = line
            case "\"" where !fieldStarted && !afterQuote:
                quoted = true; fieldStarted = true
                quoteLine = line; quoteColumn = column
            default:
                if afterQuote {
                    throw .malformed(
                        file: file, line: line, column: column, reason: "text after a closing quote; double a quote inside a quoted field")
                }
                if scalar == "\"" {
                    throw .malformed(
                        file: file, line: line, column: column,
                        reason: "a quote inside an unquoted field; quote the field and double the quote")
                }
                field.unicodeScalars.append(scalar); fieldStarted = true
            }
            index += 1
        }
        if quoted {
            throw .malformed(file: file, line: quoteLine, column: quoteColumn, reason: "a quoted field is never closed")
        }
        if fieldStarted || afterQuote || !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }

    /// The CSV text of `entries`: a header, then every entry sorted by source and target, CRLF.
    public static func text(of entries: [GlossaryEntry]) -> String {
        var output = GlossaryColumn.allCases.map(\.rawValue).joined(separator: ",") + "\r\n"
        for entry in Glossary(entries: entries).sortedEntries {
            let fields = [
                entry.source, entry.target, entry.note, entry.type.rawValue,
                entry.variants.joined(separator: " | "), entry.alternatives.joined(separator: " | "),
                entry.forbidden.joined(separator: " | "), entry.context.description,
            ]
            output += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return output
    }

    static func quote(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0.isNewline } || field.first == " " || field.last == " "
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// Writes `entries` to `path` atomically.
    public static func write(_ entries: [GlossaryEntry], to path: String) throws(GlossaryError) {
        try GlossaryFileText.write(text(of: entries), to: path)
    }
}
