import Foundation
import GRDB
import Tarjama
import TestSupport
import Testing

@Suite("Project store: document names")
struct ProjectStoreNameTests {
    static let content = "قال المحافظ ان الطريق مفتوح.\n"

    @Test("a name is trimmed and kept in NFC")
    func trimmedAndComposed() throws {
        #expect(try ProjectStore.checkedDocumentName("  Cafe\u{301} 12 \n") == "Caf\u{E9} 12")
        #expect(try ProjectStore.checkedDocumentName("\u{0627}\u{0655}دلب").unicodeScalars.first == "\u{0625}")
        #expect(
            try ProjectStore.checkedDocumentName("a\"b; filename=x.sh") == "a\"b; filename=x.sh", "quotes are the header writer's business")
        #expect(try ProjectStore.checkedDocumentName("..bulletin") == "..bulletin")
    }

    @Test(
        "controls, format characters, separators, / \\ :, only dots, empty and over-long names are refused",
        arguments: [
            "a\u{202E}b", "a\u{200B}b", "\u{FEFF}a", "a\u{0}b", "a\u{85}b", "a\u{2028}b", "a/b", "a\\b", "a:1", "..", ".", " ", "",
            String(repeating: "ب", count: 201),
        ])
    func refused(name: String) {
        #expect(throws: ProjectStoreError.self) { try ProjectStore.checkedDocumentName(name) }
    }

    @Test("an upload whose name is the NFC form of a name stored before names were normalised is name_taken")
    func legacyDecomposedName() throws {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("project.sqlite").path
        let store = try ProjectStore(path: path)
        let first = try store.addDocument(name: "first", content: Self.content)
        try store.close()
        // An older build stored names as they came: rename the row to an NFD spelling.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE projectDocument SET name = ? WHERE id = ?", arguments: ["نشرة \u{0627}\u{0655}دلب", first.id])
        }
        let reopened = try ProjectStore(path: path)
        #expect(throws: ProjectStoreError.nameTaken(existing: first.id)) {
            try reopened.addDocument(name: "نشرة إدلب", content: Self.content)
        }
        #expect(try reopened.addDocument(name: "نشرة حلب", content: Self.content).name == "نشرة حلب")
        try reopened.close()
    }
}
