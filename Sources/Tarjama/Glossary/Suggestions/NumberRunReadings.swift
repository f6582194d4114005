internal import TarjamaText
import Synchronization

/// The number parser's readings of the runs ``NumberPrefilter`` finds, remembered by the run's
/// text: the same few runs (الأول, الثاني, ثلاثة, 15 كانون الأول) recur all through a
/// document, and reading one again costs a normalisation and a handful of arrays. A run's
/// reading depends on its own units only, so it is kept with offsets from the run's start.
/// Bounded: emptied when full.
final class NumberRunReadings: Sendable {
    /// Numbers and dates with ranges counted from the start of the run.
    private struct Reading: Sendable {
        var numbers: [NumberMatch]
        var dates: [DateMatch]
    }

    private let kept = Mutex<[[UInt16]: Reading]>([:])
    private static let capacity = 16_384

    /// The numbers (duals left out: the suggester offers none) and, for a run with a month
    /// name, the dates of `run` in `units`, with ranges into `units`.
    func reading(of run: NumberPrefilter.Run, in units: UnsafeBufferPointer<UInt16>)
        throws(NormalizationError) -> (numbers: [NumberMatch], dates: [DateMatch])
    {
        var key: [UInt16] = []
        key.reserveCapacity(run.range.count + 1)
        key.append(contentsOf: UnsafeBufferPointer(rebasing: units[run.range]))
        key.append(run.hasMonth ? 1 : 0)
        let start = run.range.lowerBound
        if let reading = kept.withLock({ $0[key] }) {
            return (reading.numbers.map { $0.shifted(by: start) }, reading.dates.compactMap { $0.shifted(by: start) })
        }
        let parser = ArabicNumberParser.shared
        let (numbers, dates) =
            run.hasMonth
            ? try parser.numbersAndDates(in: units, range: run.range, duals: false)
            : (try parser.numbers(in: units, range: run.range, duals: false), [])
        let reading = Reading(numbers: numbers.map { $0.shifted(by: -start) }, dates: dates.compactMap { $0.shifted(by: -start) })
        kept.withLock { kept in
            if kept.count >= Self.capacity { kept.removeAll(keepingCapacity: true) }
            kept[key] = reading
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
