import Foundation
import GRDB
import Tarjama
import TarjamaText
import TestSupport
import Testing

@Suite("Project store: the file")
struct ProjectStorePersistenceTests {
    @Test("reopening the file finds every document, segment, edit and unit; the file checks ok")
    func reopen() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("desk.sqlite").path
        var before: [ProjectSegment] = []
        var document: ProjectDocument
        do {
            let store = try ProjectStore(path: path)
            document = try store.addDocument(name: "demo", content: DemoSample.arabic, user: "huda")
            _ = try store.addDocument(name: "bulletin", content: ProjectStoreFixtures.srt, format: .srt)
            let segments = try store.segments(ofDocument: document.id)
            _ = try store.updateSegment(
                segments[0].id, target: "The highway reopened.", status: .confirmed, expectedVersion: 1, user: "huda")
            _ = try store.splitSegment(segments[2].id, at: 10, expectedVersion: 1)
            before = try store.segments(ofDocument: document.id)
            try store.close()
        }
        let store = try ProjectStore(path: path)
        #expect(try store.documents().map(\.name) == ["demo", "bulletin"])
        #expect(try store.document(document.id) == document.with(segments: before.count, confirmed: 1))
        #expect(try store.segments(ofDocument: document.id) == before)
        #expect(try store.memory.lookup(before[0].source).first?.unit.target == "The highway reopened.")
        #expect(try store.integrityProblems().isEmpty)
        let check = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
    }

    @Test("a memory made by tarjama tm opens as a store, and the memory still opens a store's file")
    func sharedWithTheMemory() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("tm.sqlite").path
        do {
            let memory = try TranslationMemory(path: path)
            _ = try memory.importUnits([MemoryUnit(sourceLanguage: "ar", targetLanguage: "en", source: "وكالة سانا", target: "SANA")])
        }
        do {
            let store = try ProjectStore(path: path)
            #expect(try store.memory.statistics().units == 1)
            _ = try store.addDocument(name: "demo", content: DemoSample.arabic)
        }
        let memory = try TranslationMemory(path: path)
        #expect(try memory.statistics().units == 1 && memory.integrityProblems().isEmpty)
        #expect(try ProjectStore(path: path).documents().count == 1)
    }

    @Test("another application's database is refused with the file's name")
    func foreignDatabase() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("notes.sqlite").path
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)") }
        do {
            _ = try ProjectStore(path: path)
            Issue.record("a foreign database was opened")
        } catch let ProjectStoreError.memory(.incompatible(file, _)) {
            #expect(file == path)
        }
    }
}

extension ProjectDocument {
    func with(segments: Int, confirmed: Int) -> ProjectDocument {
        var copy = self
        copy.segmentCount = segments
        copy.confirmedCount = confirmed
        return copy
    }
}
