/// What a token holder may do. Each role includes the ones before it.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    /// Reads documents, segments, suggestions, the glossary and the memory.
    case reader
    /// Also uploads and aligns documents, edits, splits, merges and confirms segments.
    case translator
    /// Also edits and imports the glossary and the memory, and deletes documents.
    case admin

    private var rank: Int {
        switch self {
        case .reader: 0
        case .translator: 1
        case .admin: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
