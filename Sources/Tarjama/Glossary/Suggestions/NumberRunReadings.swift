internal import TarjamaText
import Synchronization

/// The number parser's readings of the runs ``NumberPrefilter`` finds, remembered by the text
/// read: the same few runs (الأول, الثاني, ثلاثة, 15 كانون الأول) recur all through a
/// document, and reading one again costs a normalisation and a handful of arrays. A run is read
/// in its context (the words around it, which the parser's context rules look at), so the
/// reading depends on the context's units and where the run lies in it; it is kept with offsets
/// from the context's start. Bounded: emptied when full.
final class NumberRunReadings: Sendable {
    /// Numbers and dates with ranges counted from the start of the context.
    private struct Reading: Sendable {
        var numbers: [NumberMatch]
        var dates: [DateMatch]
    }

    /// A context's units with the run's place: hashed as one block of bytes, which costs a
    /// fraction of hashing unit by unit (the key is built and hashed for every run met).
    private struct Key: Hashable, Sendable {
        var units: [UInt16]

        func hash(into hasher: inout Hasher) {
            units.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private let kept = Mutex<[Key: Reading]>([:])
    private static let capacity = 16_384

    /// The numbers (duals left out: the suggester offers none) and, for a run with a month
    /// name, the dates that start in `run`, read in its context in `units`, with ranges into
    /// `units`. A number may reach past the run (بعد المائة after an ordinal).
    func reading(of run: NumberPrefilter.Run, in units: UnsafeBufferPointer<UInt16>)
        throws(NormalizationError) -> (numbers: [NumberMatch], dates: [DateMatch])
    {
        let context = run.context
        let start = context.lowerBound
        let runStart = run.range.lowerBound - start, runEnd = run.range.upperBound - start
        var units16: [UInt16] = []
        units16.reserveCapacity(context.count + 4)
        units16.append(contentsOf: UnsafeBufferPointer(rebasing: units[context]))
        // Where the run lies in the context, and whether dates are read: units no text holds
        // between them (a separator first).
        units16.append(0xFFFF)
        units16.append(UInt16(truncatingIfNeeded: runStart))
        units16.append(UInt16(truncatingIfNeeded: runEnd))
        units16.append(run.hasMonth ? 1 : 0)
        let key = Key(units: units16)
        if let reading = kept.withLock({ $0[key] }) {
            return (reading.numbers.map { $0.shifted(by: start) }, reading.dates.compactMap { $0.shifted(by: start) })
        }
        let parser = ArabicNumberParser.shared
        let (allNumbers, allDates) =
            run.hasMonth
            ? try parser.numbersAndDates(in: units, range: context, duals: false)
            : (try parser.numbers(in: units, range: context, duals: false), [])
        let numbers = allNumbers.filter { run.range.contains($0.range.lowerBound) }
        let dates = allDates.filter { run.range.contains($0.range.lowerBound) }
        let reading = Reading(numbers: numbers.map { $0.shifted(by: -start) }, dates: dates.compactMap { $0.shifted(by: -start) })
        if context.count < Int(UInt16.max) {
            kept.withLock { kept in
                if kept.count >= Self.capacity { kept.removeAll(keepingCapacity: true) }
                kept[key] = reading
            }
        }
        return (numbers, dates)
    }
}

private extension NumberMatch {
    /// The same number `offset` units further on.
    func shifted(by offset: Int) -> NumberMatch {
        NumberMatch(
            range: (range.lowerBound + offset)..<(range.upperBound + offset), exactValue: exactValue, kind: kind,
            notes: notes.map { note in
                guard case let .strayScaleWord(range) = note else { return note }
                return .strayScaleWord(range: (range.lowerBound + offset)..<(range.upperBound + offset))
            })
    }
}

private extension DateMatch {
    /// The same date `offset` units further on.
    func shifted(by offset: Int) -> DateMatch? {
        DateMatch(range: (range.lowerBound + offset)..<(range.upperBound + offset), day: day, month: month, year: year)
    }
}
