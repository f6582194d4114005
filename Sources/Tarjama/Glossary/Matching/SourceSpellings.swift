internal import TarjamaText

/// Every entry's source term as UTF-16 units in one arena, with whether it is NFC, so the
/// matcher tells an exact match from a normalised one by comparing units instead of making a
/// `String` of every match.
///
/// `String ==` is canonical equivalence; two NFC texts are equivalent exactly when their units
/// are equal, so only a match where the text or the term is not NFC needs the string comparison.
struct SourceSpellings: Sendable {
    private var arena: [UInt16] = []
    private var starts: [Int32] = [0]
    private var isNFC: [Bool] = []

    init(entries: [GlossaryEntry]) {
        arena.reserveCapacity(entries.count * 12)
        starts.reserveCapacity(entries.count + 1)
        isNFC.reserveCapacity(entries.count)
        for entry in entries {
            let units = Array(entry.source.utf16)
            arena.append(contentsOf: units)
            starts.append(Int32(arena.count))
            isNFC.append(units.withUnsafeBufferPointer { Normalizer.isNormalized($0, form: .nfc) })
        }
    }

    /// Whether `text` is canonically equivalent to the source of entry `entry` (`String ==`).
    func isSpelledExactly(_ text: UnsafeBufferPointer<UInt16>, entry: Int, source: String) -> Bool {
        let start = Int(starts[entry]), end = Int(starts[entry + 1])
        let equalUnits = arena.withUnsafeBufferPointer { arena in
            end - start == text.count && UnsafeBufferPointer(rebasing: arena[start..<end]).elementsEqual(text)
        }
        if equalUnits { return true }
        if isNFC[entry] && Normalizer.isNormalized(text, form: .nfc) { return false }
        return String(utf16Units: text) == source
    }

    /// Bytes held, for the benchmark's memory figure.
    var byteCount: Int { arena.capacity * 2 + starts.capacity * 4 + isNFC.capacity }
}
