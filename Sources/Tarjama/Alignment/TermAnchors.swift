/// Glossary anchors for the aligner: per source segment the ids of glossary entries found in it,
/// per target segment the ids of entries whose rendering appears in it. A bead whose sides share
/// entry ids is rewarded like one whose numbers agree.
public struct TermAnchors: Sendable {
    public var source: [[UInt64]]
    public var target: [[UInt64]]

    public init(source: [[UInt64]], target: [[UInt64]]) {
        self.source = source
        self.target = target
    }
}

extension TermAnchors {
    /// These anchors and `other`'s together, per segment, `other`'s ids kept apart from these
    /// (glossary entries and learned lexicon links are numbered independently).
    func merging(_ other: TermAnchors) -> TermAnchors {
        let tag: UInt64 = 1 << 62
        return TermAnchors(source: zip(source, other.source).map { $0 + $1.map { $0 | tag } },
                           target: zip(target, other.target).map { $0 + $1.map { $0 | tag } })
    }
}
