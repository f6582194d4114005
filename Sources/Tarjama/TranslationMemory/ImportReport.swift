/// What an import did.
public struct ImportReport: Sendable, Equatable {
    /// Units read from the input in this run (not counting those skipped on resume).
    public var unitsRead: Int
    /// Units added to the memory.
    public var unitsAdded: Int
    /// Units already in the memory, left as they were.
    public var duplicates: Int { unitsRead - unitsAdded }
    /// Units an earlier, interrupted run of the same file had already committed and this run skipped.
    public var resumedAfter: Int
    /// Unit dates not in TMX's form (`YYYYMMDDThhmmssZ`): kept as written, not parsed by guess.
    public var invalidDates = 0

    /// Makes a report.
    public init(unitsRead: Int, unitsAdded: Int, resumedAfter: Int) {
        self.unitsRead = unitsRead
        self.unitsAdded = unitsAdded
        self.resumedAfter = resumedAfter
    }
}
