/// Fills in the neighbouring source segments of units read in document order: a unit's previous
/// and next source are the units before and after it with the same document, unless the unit
/// already says otherwise. Reads one unit ahead.
struct UnitContextFiller {
    private let nextUnit: () throws -> MemoryUnit?
    private var previous: MemoryUnit?
    private var current: MemoryUnit?
    private var started = false

    init(_ nextUnit: @escaping () throws -> MemoryUnit?) {
        self.nextUnit = nextUnit
    }

    mutating func next() throws -> MemoryUnit? {
        if !started {
            started = true
            current = try nextUnit()
        }
        guard var unit = current else { return nil }
        let following = try nextUnit()
        if let document = unit.document {
            if unit.previousSource == nil, let previous, previous.document == document {
                unit.previousSource = previous.source
            }
            if unit.nextSource == nil, let following, following.document == document {
                unit.nextSource = following.source
            }
        }
        previous = current
        current = following
        return unit
    }
}
