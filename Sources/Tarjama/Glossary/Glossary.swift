/// A set of glossary entries, one per matching key, read from one or more files.
///
/// Precedence: when several files are loaded, the earlier file wins — a project glossary listed
/// before the shipped ones overrides their renderings; each override is recorded as a
/// ``GlossaryIssue``. Within one file, a second row for the same key with another preferred
/// rendering is an error (``GlossaryError/conflict(file:line:firstLine:)``), and with the same
/// rendering a duplicate issue.
public struct Glossary: Sendable {
    /// Where an entry was read from.
    public struct Origin: Sendable, Hashable {
        public var file: String
        public var line: Int
        public var location: String { "\(file):\(line)" }
    }

    /// The entries, in the order they were added (files in precedence order, rows in file order).
    public private(set) var entries: [GlossaryEntry] = []
    /// For each entry, the file and line it came from.
    public private(set) var origins: [Origin] = []
    /// Duplicates and overrides found while loading.
    public private(set) var issues: [GlossaryIssue] = []
    private var indexByKey: [String: Int] = [:]

    /// An empty glossary.
    public init() {}

    /// A glossary of `entries`; later entries with the key of an earlier one are dropped.
    public init(entries: [GlossaryEntry], file: String = "(memory)") {
        for (line, entry) in entries.enumerated() {
            _ = insert(entry, origin: Origin(file: file, line: line + 1))
        }
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// The matching key of a source term: its words folded (hamza, ta marbuta, diacritics, ...).
    public static func key(of source: String) -> String { MatchFold.key(source) }

    /// The index of the entry whose source (or a variant) has the key of `source`.
    public func index(of source: String) -> Int? {
        indexByKey[Self.key(of: source)]
    }

    /// Adds `entry` unless its key is taken; returns false (and records an issue) when it was not added.
    mutating func insert(_ entry: GlossaryEntry, origin: Origin) -> Bool {
        let key = Self.key(of: entry.source)
        if let existing = indexByKey[key] {
            let other = origins[existing]
            let sameFile = other.file == origin.file
            let kind: GlossaryIssue.Kind = sameFile ? .duplicate : .overridden
            issues.append(
                GlossaryIssue(
                    kind: kind, file: origin.file, line: origin.line,
                    other: sameFile ? String(other.line) : other.location))
            return false
        }
        let renderings = Set(entry.acceptedRenderings.map { $0.lowercased() })
        if entry.forbidden.contains(where: { renderings.contains($0.lowercased()) }) {
            issues.append(GlossaryIssue(kind: .forbiddenAlsoAllowed, file: origin.file, line: origin.line, other: ""))
        }
        indexByKey[key] = entries.count
        entries.append(entry)
        origins.append(origin)
        return true
    }

    /// Adds or replaces the entry for `entry.source`; returns the entry it replaced, if any.
    @discardableResult
    public mutating func set(_ entry: GlossaryEntry) -> GlossaryEntry? {
        let key = Self.key(of: entry.source)
        if let existing = indexByKey[key] {
            let old = entries[existing]
            entries[existing] = entry
            return old
        }
        indexByKey[key] = entries.count
        entries.append(entry)
        origins.append(Origin(file: "(added)", line: 0))
        return nil
    }

    /// Removes the entry for `source` (any spelling that folds to its key); returns it, if any.
    @discardableResult
    public mutating func remove(source: String) -> GlossaryEntry? {
        guard let index = index(of: source) else { return nil }
        let removed = entries.remove(at: index)
        origins.remove(at: index)
        indexByKey = [:]
        for (position, entry) in entries.enumerated() { indexByKey[Self.key(of: entry.source)] = position }
        return removed
    }

    /// The entries in the order files are written: by source, then target, so a diff shows
    /// exactly what changed.
    public var sortedEntries: [GlossaryEntry] {
        entries.sorted {
            ($0.source.unicodeScalars.lexicographicallyPrecedes($1.source.unicodeScalars, by: <))
                || ($0.source == $1.source && $0.target.unicodeScalars.lexicographicallyPrecedes($1.target.unicodeScalars, by: <))
        }
    }

    /// Adds every entry of `other` whose key is not already here (this glossary takes precedence).
    public mutating func merge(_ other: Glossary) {
        for (entry, origin) in zip(other.entries, other.origins) {
            _ = insert(entry, origin: origin)
        }
        issues.append(contentsOf: other.issues)
    }
}
