/// Why the project store refused an operation.
///
/// Messages name the document or segment by id and say what to do; they never quote segment text,
/// so they are safe to log and to return to any client.
public enum ProjectStoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No document or segment has this id (`kind` is `document` or `segment`).
    case notFound(kind: String, id: Int64)
    /// No segment has this design-note id `<document name>:<n>` (no such document, or fewer segments).
    case noSuchSegmentID(String)
    /// The segment changed since the version the edit was made on; `current` is how it stands now.
    case conflict(current: ProjectSegment)
    /// The request cannot be carried out as given; `reason` says why and what to change.
    case invalidInput(reason: String)
    /// Document `existing` already has the name an upload asked for; segment ids (`<name>:<n>`)
    /// in exports and memories must stay unique.
    case nameTaken(existing: Int64)
    /// The translation memory in the same file refused.
    case memory(MemoryStoreError)
    /// SQLite reported an error while reading or writing the store.
    case database(file: String, reason: String)

    public var description: String {
        switch self {
        case let .notFound(kind, id):
            "there is no \(kind) \(id)"
        case let .noSuchSegmentID(id):
            "there is no segment \(id); segment ids are <document name>:<n>, n counting from 1"
        case let .conflict(current):
            "segment \(current.id) was changed by \(current.changedBy ?? "someone else") and is now at version \(current.version); "
                + "reload it and make the change again"
        case let .invalidInput(reason):
            reason
        case let .nameTaken(existing):
            "document \(existing) already has this name, and segment ids are <name>:<n>; "
                + "give the upload another name (a date or edition, say) or delete document \(existing) first"
        case let .memory(error):
            error.description
        case let .database(file, reason):
            "\(file): project store error: \(reason)"
        }
    }
}
