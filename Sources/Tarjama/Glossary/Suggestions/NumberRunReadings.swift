internal import TarjamaText
import Synchronization

/// The number parser's readings of the runs ``NumberPrefilter`` finds, remembered by the text
/// read: the same few runs (الأول, الثاني, ثلاثة, 15 كانون الأول) recur all through a
/// document, and reading one again costs a normalisation and a handful of arrays. A run is read
/// in its context (the words around it, which the parser's context rules look at), so the
/// reading depends on the context's units and where the run lies in it; it is kept with offsets
/// from the context's start. Bounded: a part is emptied when full.
///
/// Kept in parts, each behind its own lock, chosen by the key's hash: the suggest job looks runs
/// up on every core at once, and one lock for all made the threads wait on each other.
final class NumberRunReadings: Sendable {
    /// Numbers and dates with ranges counted from the start of the context.
    private struct Reading: Sendable {
        var numbers: [NumberMatch]
        var dates: [DateMatch]
    }

    /// A context's units with the run's place, and their hash, made once (as one block of
    /// bytes): the part and the dictionary both use it, and two keys are compared unit by unit
    /// only when their hashes agree, eight bytes at a time.
    private struct Key: Hashable, Sendable {
        let units: [UInt16]
        let hash: Int

        init(units: [UInt16]) {
            var hasher = Hasher()
            units.withUnsafeBytes { hasher.combine(bytes: $0) }
            self.units = units
            hash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }

        static func == (left: Key, right: Key) -> Bool {
            guard left.hash == right.hash, left.units.count == right.units.count else { return false }
            return left.units.withUnsafeBytes { first in
                right.units.withUnsafeBytes { second in
                    var offset = 0
                    while offset + 8 <= first.count {
                        guard
                            first.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                                == second.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        else { return false }
                        offset += 8
                    }
                    while offset < first.count {
                        guard first[offset] == second[offset] else { return false }
                        offset += 1
                    }
                    return true
                }
            }
        }
    }

    /// One part of the readings, with its lock.
    private final class Part: Sendable {
        let kept = Mutex<[Key: Reading]>([:])
    }

    private static let partCount = 8
    private static let partCapacity = 2_048
    private let parts: [Part] = (0..<NumberRunReadings.partCount).map { _ in Part() }

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
        let part = parts[Int(UInt(bitPattern: key.hash) % UInt(Self.partCount))]
        if let reading = part.kept.withLock({ $0[key] }) {
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
            part.kept.withLock { kept in
                if kept.count >= Self.partCapacity { kept.removeAll(keepingCapacity: true) }
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
