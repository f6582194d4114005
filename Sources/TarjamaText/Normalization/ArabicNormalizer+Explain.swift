internal import CICU

extension ArabicNormalizer {
    /// Every change normalising `units` makes, in text order.
    ///
    /// Slower than ``normalize(_:in:)`` (it asks the folding rules character by character); meant
    /// for explaining, not for keying documents.
    public func changes(in units: [UInt16]) throws(NormalizationError) -> [FoldingChange] {
        var changes: [FoldingChange] = []
        var position = 0
        while position < units.count {
            let pieceEnd = try units.withUnsafeBufferPointer { buffer throws(NormalizationError) -> Int in
                let base = buffer.baseAddress!
                if appliesNFC {
                    var status: Int32 = 0
                    let prefix = Int(
                        cicu_normalized_prefix_length(
                            Int32(CICU_NFC), base + position,
                            Int32(units.count - position), &status))
                    if status > 0 { throw .icu(ICUError(status: status, operation: "checking NFC")) }
                    if prefix > 0 { return -(position + prefix) }  // NFC already: explain scalar by scalar
                    return Self.nextNFCBoundary(in: base, after: position, end: units.count)
                }
                return -units.count
            }
            if pieceEnd < 0 {
                try explainScalars(units, position..<(-pieceEnd), into: &changes)
                position = -pieceEnd
                continue
            }
            let piece = Array(units[position..<pieceEnd])
            let normalized: [UInt16]
            do { normalized = try Normalizer.normalize(piece, to: .nfc) } catch { throw .icu(error) }
            var steps = normalized == piece ? [] : ["nfc"]
            var replacement: [UInt16] = []
            for scalar in String(decoding: normalized, as: UTF16.self).unicodeScalars {
                let (folded, applied) = folding.fold(scalar.value)
                steps += applied.stepNames.filter { !steps.contains($0) }
                for value in folded { replacement += Array(String(Unicode.Scalar(value) ?? "\u{FFFD}").utf16) }
            }
            if !steps.isEmpty {
                changes.append(
                    FoldingChange(
                        range: position..<pieceEnd, original: String(decoding: piece, as: UTF16.self),
                        replacement: String(decoding: replacement, as: UTF16.self), steps: steps))
            }
            position = pieceEnd
        }
        return changes
    }

    private func explainScalars(_ units: [UInt16], _ range: Range<Int>, into changes: inout [FoldingChange]) throws(NormalizationError) {
        var index = range.lowerBound
        while index < range.upperBound {
            let unit = units[index]
            var length = 1
            var scalar = UInt32(unit)
            if unit & 0xF800 == 0xD800 {
                guard unit < 0xDC00, index + 1 < range.upperBound, units[index + 1] & 0xFC00 == 0xDC00 else {
                    throw .unpairedSurrogate(offset: index)
                }
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                length = 2
            }
            let (folded, applied) = folding.fold(scalar)
            if !applied.isEmpty {
                let replacement = String(String.UnicodeScalarView(folded.compactMap(Unicode.Scalar.init)))
                changes.append(
                    FoldingChange(
                        range: index..<(index + length), original: String(Unicode.Scalar(scalar) ?? "\u{FFFD}"),
                        replacement: replacement, steps: applied.stepNames))
            }
            index += length
        }
    }
}
