import Foundation
import GRDB

extension ProjectStore {
    /// The longest document name, in characters.
    public static let maximumNameLength = 200

    /// The document name as the store keeps it (trimmed, in Unicode NFC), or
    /// ``ProjectStoreError/invalidInput(reason:)`` saying what is wrong with it.
    ///
    /// A name becomes segment ids (`<name>:<n>`), file names of exports and a download name in
    /// HTTP headers, so it may not hold control or invisible format characters (line breaks, tabs,
    /// bidi overrides such as U+202E, zero-width characters, a byte-order mark, line and paragraph
    /// separators), `/` or `\`, be only dots, or hold `:`. Two names that differ only in
    /// canonically equivalent spellings (a precomposed letter or the letter and a combining mark)
    /// are the same name. The messages name code points, never the name itself.
    public static func checkedDocumentName(_ name: String) throws(ProjectStoreError) -> String {
        let trimmed = String(name.trimmingWhitespace()).precomposedStringWithCanonicalMapping
        guard !trimmed.isEmpty else { throw .invalidInput(reason: "a document needs a name; segment ids are <name>:<n>") }
        for (index, scalar) in trimmed.unicodeScalars.enumerated() {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                throw .invalidInput(
                    reason: "a document name must not contain line breaks, tabs, bidi controls, zero-width "
                        + "or other invisible characters; U+\(hex(scalar)) is character \(index + 1)")
            default:
                break
            }
            if scalar == "/" || scalar == "\\" {
                throw .invalidInput(
                    reason: "a document name must not contain / or \\ (it is a name, not a path); "
                        + "character \(index + 1) is one")
            }
            if scalar == ":" {
                throw .invalidInput(
                    reason: "a document name must not contain ':', because segment ids are <name>:<n> "
                        + "(a name a:1 would give ids a:1:1); character \(index + 1) is one")
            }
        }
        guard trimmed.contains(where: { $0 != "." }) else {
            throw .invalidInput(reason: "a document name must not be only dots")
        }
        guard trimmed.count <= maximumNameLength else {
            throw .invalidInput(reason: "a document name must be at most \(maximumNameLength) characters long")
        }
        return trimmed
    }

    /// The id of the document named `name` (NFC), comparing stored names in NFC too: rows stored
    /// before names were normalised may be in another form.
    static func documentNamed(_ name: String, _ db: Database) throws -> Int64? {
        if let exact = try Int64.fetchOne(db, sql: "SELECT id FROM projectDocument WHERE name = ?", arguments: [name]) {
            return exact
        }
        guard !name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM projectDocument")
        while let row = try rows.next() {
            let stored: String = row["name"]
            if !stored.utf8.allSatisfy({ $0 < 0x80 }), stored.precomposedStringWithCanonicalMapping == name {
                return row["id"]
            }
        }
        return nil
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
