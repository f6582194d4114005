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
