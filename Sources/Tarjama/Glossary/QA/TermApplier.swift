public import TarjamaText

/// Applies the glossary to bilingual records: records the suggestions on each record and, in the
/// English draft, replaces alternative and forbidden renderings of a term found in the source
/// with the preferred one (keeping an inflection: "Idleb's" → "Idlib's").
///
/// An occurrence inside the preferred rendering itself is left alone ("Security Council" inside
/// "UN Security Council").
public struct TermApplier: Sendable {
    /// One change to a target.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        public var id: String
        public var before: String
        public var after: String
        public var description: String { "\(id): \"\(before)\" → \"\(after)\"" }
    }

    public let suggester: GlossarySuggester

    public init(suggester: GlossarySuggester) {
        self.suggester = suggester
    }

    /// `record` with its suggestions recorded (offsets within `source`) and its target corrected,
    /// and the changes made to the target.
    ///
    /// - Complexity: O(n · k + t · r) for n source units, t target length and r renderings.
    public func apply(to record: BilingualRecord) throws(NormalizationError) -> (record: BilingualRecord, changes: [Change]) {
        var record = record
        let suggestions = try suggester.suggestions(in: record.source)
        record.suggestions = .array(suggestions.map { $0.json() })
        guard !record.target.isEmpty else { return (record, []) }
        var changes: [Change] = []
        var seen = Set<Int>()
        for suggestion in suggestions {
            guard let index = suggestion.entryIndex, seen.insert(index).inserted else { continue }
            let entry = suggester.glossary.entries[index]
            let wrong = (entry.alternatives + entry.forbidden).sorted { $0.count > $1.count }
            for rendering in wrong {
                var target = record.target
                let protected = RenderingFinder.occurrences(of: entry.target, in: target)
                var replaced = false
                for hit in RenderingFinder.occurrences(of: rendering, in: target).reversed()
                where !protected.contains(where: { $0.overlaps(hit) }) {
                    let matched = String(target[hit])
                    let inflection = matched.count > rendering.count ? String(matched.suffix(matched.count - rendering.count)) : ""
                    let replacement = entry.target + inflection
                    changes.append(Change(id: record.id, before: matched, after: replacement))
                    target.replaceSubrange(hit, with: replacement)
                    replaced = true
                }
                if replaced { record.target = target }
            }
        }
        return (record, changes.reversed())
    }
}
