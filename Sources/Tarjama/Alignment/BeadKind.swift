/// The shape of an alignment bead: how many source segments are joined with how many target
/// segments (`2-1` joins two source segments with one target segment).
public struct BeadKind: Sendable, Hashable, CustomStringConvertible {
    public var source: Int
    public var target: Int

    public init(source: Int, target: Int) {
        self.source = source
        self.target = target
    }

    /// The beads the aligner considers, in a fixed order (the order is stored in back pointers).
    public static let all: [BeadKind] = [
        .init(source: 1, target: 1), .init(source: 1, target: 0), .init(source: 0, target: 1),
        .init(source: 2, target: 1), .init(source: 1, target: 2), .init(source: 2, target: 2),
        .init(source: 1, target: 3), .init(source: 3, target: 1),
    ]

    /// Parses `"2-1"`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        // Bounded before any arithmetic: "9223372036854775807-1" must not overflow `s + t`.
        guard parts.count == 2, let s = Int(parts[0]), let t = Int(parts[1]), (0...1_000).contains(s), (0...1_000).contains(t),
            s + t > 0
        else { return nil }
        self.init(source: s, target: t)
    }

    /// `"2-1"`.
    public var description: String { "\(source)-\(target)" }

    /// A bead that leaves a segment unpaired (1-0 or 0-1).
    public var isNull: Bool { source == 0 || target == 0 }
}
