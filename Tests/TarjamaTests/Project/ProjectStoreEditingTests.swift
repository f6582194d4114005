import Foundation
import Tarjama
import TarjamaText
import TestSupport
import Testing

@Suite("Project store: editing segments")
struct ProjectStoreEditingTests {
    static func demo() throws -> (ProjectStore, ProjectDocument, [ProjectSegment]) {
        let store = try ProjectStoreFixtures.makeStore()
        let document = try store.addDocument(name: "demo", content: DemoSample.arabic)
        return (store, document, try store.segments(ofDocument: document.id))
    }

    @Test("an edit on the current version succeeds and bumps the version")
    func updateBumpsVersion() throws {
        let (store, _, segments) = try Self.demo()
        let segment = segments[1]
        let updated = try store.updateSegment(
            segment.id, target: "Aleppo Governor Abdullah al-Khatib said…", status: .translated,
            expectedVersion: 1, user: "huda")
        #expect(updated.version == 2 && updated.status == .translated && updated.changedBy == "huda")
        #expect(updated.etag == "\"\(segment.id)-2\"")
        #expect(try store.segment(segment.id) == updated)
        let reviewed = try store.updateSegment(segment.id, target: nil, status: .reviewed, expectedVersion: 2)
        #expect(reviewed.version == 3 && reviewed.target == updated.target && reviewed.status == .reviewed)
    }

    @Test("an edit on a stale version is a conflict carrying the current segment, and changes nothing")
    func staleVersionConflicts() throws {
        let (store, _, segments) = try Self.demo()
        let id = segments[0].id
        let first = try store.updateSegment(
            id, target: "The international highway reopened.", status: nil, expectedVersion: 1, user: "huda")
        do {
            _ = try store.updateSegment(id, target: "Overwritten", status: .translated, expectedVersion: 1, user: "omar")
            Issue.record("a stale edit was accepted")
        } catch let ProjectStoreError.conflict(current) {
            #expect(current == first)
            let message = ProjectStoreError.conflict(current: current).description
            #expect(message.contains("version 2") && !message.contains("highway"))
        }
        #expect(try store.segment(id) == first)
    }

    @Test("of two concurrent edits on the same version exactly one wins and the other sees it")
    func concurrentEdits() async throws {
        let (store, _, segments) = try Self.demo()
        let id = segments[2].id
        let outcomes = try await withThrowingTaskGroup(of: (String, Result<ProjectSegment, ProjectStoreError>).self) { group in
            for translator in ["huda", "omar"] {
                group.addTask {
                    do throws(ProjectStoreError) {
                        return (
                            translator,
                            .success(
                                try store.updateSegment(
                                    id, target: "Draft by \(translator)", status: .translated,
                                    expectedVersion: 1, user: translator))
                        )
                    } catch {
                        return (translator, .failure(error))
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let winners = outcomes.compactMap { try? $0.1.get() }
        #expect(winners.count == 1)
        let losers = outcomes.compactMap { outcome -> ProjectSegment? in
            if case let .failure(.conflict(current)) = outcome.1 { return current }
            return nil
        }
        #expect(losers == winners)
        let stored = try store.segment(id)
        #expect(stored.version == 2 && stored == winners.first)
    }

    @Test("confirming stores the pair in the memory, found at 100%")
    func confirmAddsToMemory() throws {
        let (store, document, segments) = try Self.demo()
        let segment = segments[1]
        let target = "Aleppo Governor Abdullah al-Khatib told our radio that more than 2,500 cars had used the road."
        let drafted = try store.updateSegment(segment.id, target: target, status: .translated, expectedVersion: 1)
        #expect(try store.memory.lookup(segment.source).isEmpty)
        let confirmed = try store.updateSegment(segment.id, target: nil, status: .confirmed, expectedVersion: drafted.version, user: "huda")
        #expect(confirmed.status == .confirmed && confirmed.version == 3)
        let match = try #require(try store.memory.lookup(segment.source).first)
        #expect(match.percentage == 100 && match.unit.target == target)
        #expect(match.unit.origin == .translated && match.unit.document == "demo" && match.unit.changedBy == "huda")
        #expect(match.unit.previousSource == segments[0].source && match.unit.nextSource == segments[2].source)
        let context = SegmentContext(previous: segments[0].source, next: segments[2].source)
        #expect(try store.memory.lookup(segment.source, context: context).first?.percentage == 101)
        #expect(try store.document(document.id).confirmedCount == 1)
    }

    @Test("re-confirming an edited segment replaces its unit: still one unit, with the new target")
    func reconfirmReplacesUnit() throws {
        let (store, _, segments) = try Self.demo()
        let segment = segments[3]
        _ = try store.updateSegment(segment.id, target: "SANA said crews rebuilt 17 bridges.", status: .confirmed, expectedVersion: 1)
        let revised = "SANA said maintenance crews rebuilt seventeen bridges in the Idlib and Hama countryside."
        _ = try store.updateSegment(segment.id, target: revised, status: .confirmed, expectedVersion: 2)
        #expect(try store.memory.statistics().units == 1)
        #expect(try store.memory.lookup(segment.source).map(\.unit.target) == [revised])
        // Editing the draft of a confirmed segment keeps the memory in step too.
        let third = "SANA said crews restored seventeen bridges."
        _ = try store.updateSegment(segment.id, target: third, status: nil, expectedVersion: 3)
        #expect(try store.memory.lookup(segment.source).map(\.unit.target) == [third])
        #expect(try store.memory.statistics().units == 1)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("a unit shared with an imported one is not removed when the segment is confirmed again")
    func importedUnitSurvives() throws {
        let (store, _, segments) = try Self.demo()
        let segment = segments[0]
        let target = "Aleppo governorate reopened the highway."
        _ = try store.updateSegment(segment.id, target: target, status: .confirmed, expectedVersion: 1)
        let other = try store.memory.importUnits([
            MemoryUnit(
                sourceLanguage: "ar", targetLanguage: "en", source: segments[5].source,
                target: "Imported", origin: .imported)
        ])
        #expect(other.unitsAdded == 1)
        _ = try store.updateSegment(segment.id, target: target + " Again.", status: .confirmed, expectedVersion: 2)
        #expect(try store.memory.statistics().units == 2)
        #expect(try store.memory.lookup(segments[5].source).first?.unit.target == "Imported")
    }

    @Test("bad edits are refused with reasons: no change, unknown status, confirming an empty draft")
    func refusedEdits() throws {
        let (store, _, segments) = try Self.demo()
        let id = segments[0].id
        #expect(throws: ProjectStoreError.self) { try store.updateSegment(id, target: nil, status: nil, expectedVersion: 1) }
        #expect(
            throws: ProjectStoreError.invalidInput(reason: "unknown status \"done\"; use initial, translated, reviewed, confirmed, final")
        ) {
            try store.updateSegment(id, target: "x", status: "done", expectedVersion: 1)
        }
        #expect(throws: ProjectStoreError.invalidInput(reason: "segment \(id) has no translation yet; write one before confirming it")) {
            try store.updateSegment(id, target: nil, status: .confirmed, expectedVersion: 1)
        }
        #expect(throws: ProjectStoreError.notFound(kind: "segment", id: 9999)) {
            try store.updateSegment(9999, target: "x", status: nil, expectedVersion: 1)
        }
        #expect(try store.segment(id).version == 1)
    }

    @Test("split and merge round trip: text, numbering and untouched row ids come back")
    func splitMergeRoundTrip() throws {
        let (store, document, segments) = try Self.demo()
        let target = segments[4]
        let draft = try store.updateSegment(
            target.id, target: "In Hama city, council head Dr Samer al-Ali said…", status: .translated,
            expectedVersion: 1)
        let source = target.source.utf16
        let middle = source.count / 2
        let cut = (middle..<source.count).first { source[source.index(source.startIndex, offsetBy: $0)] == 0x20 }!
        let parts = try store.splitSegment(target.id, at: cut, expectedVersion: draft.version, user: "omar")
        #expect(parts.count == 2 && parts[0].id == target.id && parts[1].id != target.id)
        #expect(parts.map(\.index) == [5, 6] && parts.map(\.segmentID) == ["demo:5", "demo:6"])
        #expect(parts[0].source + " " + parts[1].source == target.source)
        #expect(parts[0].target == draft.target && parts[1].target.isEmpty && parts[1].version == 1)
        #expect(parts[0].end <= parts[1].start && parts[0].start == target.start && parts[1].end == target.end)
        let afterSplit = try store.segments(ofDocument: document.id)
        #expect(afterSplit.count == segments.count + 1)
        #expect(afterSplit.map(\.index) == Array(1...afterSplit.count))
        #expect(afterSplit.map(\.segmentID) == (1...afterSplit.count).map { "demo:\($0)" })
        #expect(Array(afterSplit.map(\.id)[6...]) == Array(segments.map(\.id)[5...]))

        let merged = try store.mergeSegment(parts[0].id, withNextExpectedVersion: parts[0].version, user: "omar")
        #expect(merged.id == target.id && merged.source == target.source && merged.target == draft.target)
        #expect(merged.start == target.start && merged.end == target.end)
        let afterMerge = try store.segments(ofDocument: document.id)
        #expect(afterMerge.map(\.id) == segments.map(\.id))
        #expect(afterMerge.map(\.source) == segments.map(\.source))
        #expect(afterMerge.map(\.segmentID) == segments.map(\.segmentID))
        #expect(throws: ProjectStoreError.notFound(kind: "segment", id: parts[1].id)) { try store.segment(parts[1].id) }
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("a split at a hard wrap (CRLF) and the merge back give the same source and range")
    func splitAtCRLFWrap() throws {
        let store = try ProjectStoreFixtures.makeStore()
        let text = "قال المحافظ ان الطريق\r\nمفتوح امام المسافرين.\r\n"
        let document = try store.addDocument(name: "wrapped", content: text)
        let segment = try #require(try store.segments(ofDocument: document.id).first)
        #expect(document.segmentCount == 1 && segment.source == "قال المحافظ ان الطريق مفتوح امام المسافرين.")
        let space = "قال المحافظ ان الطريق".utf16.count
        let parts = try store.splitSegment(segment.id, at: space + 1, expectedVersion: 1)
        #expect(parts.map(\.source) == ["قال المحافظ ان الطريق", "مفتوح امام المسافرين."])
        #expect(parts[0].end == space && parts[1].start == space + 2)
        let merged = try store.mergeSegment(segment.id, withNextExpectedVersion: parts[0].version)
        #expect(merged.source == segment.source && merged.start == segment.start && merged.end == segment.end)
    }

    @Test("merging joins the drafts and spans both segments' times")
    func mergeJoinsDraftsAndTimes() throws {
        let store = try ProjectStoreFixtures.makeStore()
        let document = try store.addDocument(name: "bulletin", content: ProjectStoreFixtures.srt, format: .srt)
        let segments = try store.segments(ofDocument: document.id)
        let confirmed = try store.updateSegment(
            segments[1].id, target: "He added that the road is open.", status: .confirmed,
            expectedVersion: 1)
        let first = try store.updateSegment(
            segments[2].id, target: "He urged residents to return.", status: .translated, expectedVersion: 1)
        #expect(throws: ProjectStoreError.self) { try store.mergeSegment(segments[2].id, withNextExpectedVersion: first.version) }
        let merged = try store.mergeSegment(segments[1].id, withNextExpectedVersion: confirmed.version)
        #expect(merged.target == "He added that the road is open. He urged residents to return.")
        #expect(merged.timeRange == TimeRange(start: 5600, end: 12250) && merged.status == .translated)
        #expect(try store.memory.statistics().units == 1)
        #expect(try store.segments(ofDocument: document.id).count == 2)
    }

    @Test("a split outside the segment, between its words' edges or on a stale version is refused")
    func refusedSplits() throws {
        let (store, _, segments) = try Self.demo()
        let segment = segments[0]
        let length = segment.source.utf16.count
        for offset in [0, length, -3, length + 5] {
            #expect(throws: ProjectStoreError.self) { try store.splitSegment(segment.id, at: offset, expectedVersion: 1) }
        }
        #expect(
            throws: ProjectStoreError.invalidInput(
                reason: "split offset 0 is not inside segment \(segment.id); give a UTF-16 offset between 1 and \(length - 1)")
        ) {
            try store.splitSegment(segment.id, at: 0, expectedVersion: 1)
        }
        do {
            _ = try store.splitSegment(segment.id, at: 5, expectedVersion: 7)
            Issue.record("a stale split was accepted")
        } catch let ProjectStoreError.conflict(current) {
            #expect(current == segment)
        }
        #expect(try store.segments(ofDocument: segment.documentID) == segments)
    }

    @Test("the bilingual records carry the design note's ids, languages and statuses")
    func records() throws {
        let (store, document, segments) = try Self.demo()
        _ = try store.updateSegment(segments[0].id, target: "The highway reopened.", status: .confirmed, expectedVersion: 1)
        let records = try store.records(ofDocument: document.id)
        #expect(records.count == segments.count)
        #expect(records[0].id == "demo:1" && records[0].target == "The highway reopened." && records[0].status == .confirmed)
        #expect(records[0].sourceLang == "ar" && records[0].targetLang == "en" && records[0].sourceIds == ["demo:1"])
        #expect(records[1].status == .initial && records[1].source == segments[1].source)
        #expect(try store.subtitleItems(ofDocument: document.id).isEmpty)
    }
}
