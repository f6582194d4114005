public import TarjamaText

/// Applies the glossary to bilingual records: records the suggestions on each record and fixes
/// the English draft where it stands. An alternative or forbidden rendering of a term found in
/// the source is replaced by the preferred one (keeping an inflection: "Idleb's" → "Idlib's");
/// a wrong figure is replaced by the source's number (``NumberRepair``: "92 buses" for تسع
/// وعشرين becomes "29 buses"). Nothing is appended: a draft that lacks a term or a number
/// altogether is left for the translator (`tarjama check` reports it).
///
/// An occurrence inside the preferred rendering itself is left alone ("Security Council" inside
/// "UN Security Council").
public struct TermApplier: Sendable {
    /// One change to a target.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        /// What was fixed: a term's rendering or a number.
        public enum Kind: String, Sendable, Hashable {
            case term, number
        }

        /// The record's id.
        public var id: String
        public var kind: Kind
        /// UTF-16 offsets of the replaced text in the target as it was before the apply, end
        /// exclusive.
        public var start: Int
        public var end: Int
        public var before: String
        public var after: String

        public init(id: String, kind: Kind, start: Int, end: Int, before: String, after: String) {
            self.id = id
            self.kind = kind
            self.start = start
            self.end = end
            self.before = before
            self.after = after
        }

        public var description: String { "\(id) [\(start)–\(end)] \(kind.rawValue): \"\(before)\" → \"\(after)\"" }

        /// The change as a JSON object `{"id","kind","start","end","before","after"}`.
        public var json: JSONValue {
            .object(
                JSONObject([
                    ("id", .string(id)), ("kind", .string(kind.rawValue)), ("start", .number(start)),
                    ("end", .number(end)), ("before", .string(before)), ("after", .string(after)),
                ]))
        }
    }

    public let suggester: GlossarySuggester

    public init(suggester: GlossarySuggester) {
        self.suggester = suggester
    }

    /// `record` with its suggestions recorded (offsets within `source`) and its target corrected,
    /// and the changes made to the target, in target order.
    ///
    /// - Complexity: O(n · k + t · r) for n source units, t target length and r renderings.
    public func apply(to record: BilingualRecord) throws(NormalizationError) -> (record: BilingualRecord, changes: [Change]) {
        var record = record
        let suggestions = try suggester.suggestions(in: record.source)
        record.suggestions = .array(suggestions.map { $0.json() })
        guard !record.target.isEmpty else { return (record, []) }
        let target = record.target
        var changes: [Change] = []
        func offset(_ index: String.Index) -> Int { target.utf16.distance(from: target.startIndex, to: index) }
        func claimed(_ range: Range<Int>) -> Bool { changes.contains { ($0.start..<$0.end).overlaps(range) } }
        var seen = Set<Int>()
        for suggestion in suggestions {
            guard let index = suggestion.entryIndex, seen.insert(index).inserted else { continue }
            let entry = suggester.glossary.entries[index]
            let protected = RenderingFinder.occurrences(of: entry.target, in: target)
            // Longest first, so "Idleb city" is replaced whole before "Idleb" is looked for.
            for rendering in (entry.alternatives + entry.forbidden).sorted(by: { $0.count > $1.count }) {
                for hit in RenderingFinder.occurrences(of: rendering, in: target)
                where !protected.contains(where: { $0.overlaps(hit) }) {
                    let span = offset(hit.lowerBound)..<offset(hit.upperBound)
                    guard !claimed(span) else { continue }
                    let matched = String(target[hit])
                    let inflection = matched.count > rendering.count ? String(matched.suffix(matched.count - rendering.count)) : ""
                    changes.append(
                        Change(
                            id: record.id, kind: .term, start: span.lowerBound, end: span.upperBound,
                            before: matched, after: entry.target + inflection))
                }
            }
        }
        for fix in try NumberRepair.fixes(source: record.source, target: target) where !claimed(fix.target) {
            changes.append(
                Change(
                    id: record.id, kind: .number, start: fix.target.lowerBound, end: fix.target.upperBound,
                    before: fix.found, after: fix.replacement))
        }
        changes.sort { $0.start < $1.start }
        record.target = Self.applying(changes, to: target)
        return (record, changes)
    }

    /// `text` with `changes` (non-overlapping, offsets into `text`) made.
    static func applying(_ changes: [Change], to text: String) -> String {
        let units = Array(text.utf16)
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        var position = 0
        for change in changes.sorted(by: { $0.start < $1.start })
        where change.start >= position && change.end <= units.count && change.start <= change.end {
            result += units[position..<change.start]
            result += change.after.utf16
            position = change.end
        }
        result += units[position...]
        return String(decoding: result, as: UTF16.self)
    }
}
