/// The growing key and its offset map: arrays sized ahead and filled by index, because the hot
/// loop must not pay for `append`'s capacity and uniqueness checks on every unit.
struct KeyOutput {
    var units: [UInt16]
    var starts: [Int32]
    var ends: [Int32]
    var count = 0

    init(capacity: Int) {
        units = [UInt16](repeating: 0, count: capacity + 32)
        starts = [Int32](repeating: 0, count: capacity + 32)
        ends = [Int32](repeating: 0, count: capacity + 32)
    }

    /// Makes room for `extra` more units.
    mutating func reserve(_ extra: Int) {
        guard count + extra > units.count else { return }
        let growth = max(units.count, count + extra - units.count)
        units.append(contentsOf: repeatElement(0, count: growth))
        starts.append(contentsOf: repeatElement(0, count: growth))
        ends.append(contentsOf: repeatElement(0, count: growth))
    }

    mutating func append(_ unit: UInt16, _ start: Int32, _ end: Int32) {
        reserve(1)
        units[count] = unit
        starts[count] = start
        ends[count] = end
        count += 1
    }

    /// A removed mark joins the letter just before it, when nothing separates them.
    mutating func extendLast(from start: Int32, to end: Int32) {
        guard count > 0, ends[count - 1] == start || ends[count - 1] == end else { return }
        ends[count - 1] = end
    }

    consuming func finish(originalRange: Range<Int>) -> NormalizedText {
        units.removeSubrange(count...)
        starts.removeSubrange(count...)
        ends.removeSubrange(count...)
        return NormalizedText(units: units, originalStarts: starts, originalEnds: ends, originalRange: originalRange)
    }
}
