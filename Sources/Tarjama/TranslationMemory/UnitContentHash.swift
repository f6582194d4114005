/// A stable 64-bit FNV-1a hash of what makes a unit the same unit (languages, texts, document and
/// context), so an import run twice, or resumed after a kill, adds nothing twice.
///
/// Stable across processes, unlike `Hasher`; at a million units the chance that two different
/// units collide is about 3 in 100 million.
struct UnitContentHash {
    static func of(_ unit: MemoryUnit) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String?) {
            if let text {
                for byte in text.utf8 {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            } else {
                hash ^= 0xFE
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01b3
        }
        mix(unit.sourceLanguage)
        mix(unit.targetLanguage)
        mix(unit.source)
        mix(unit.target)
        mix(unit.document)
        mix(unit.previousSource)
        mix(unit.nextSource)
        return Int64(bitPattern: hash)
    }
}
