import Foundation

/// A large file is decoded in pieces on several threads: each piece starts right after a line
/// feed, where the sequential decoder's state is known (no sequence is open and the line is
/// empty), so the pieces side by side are what one pass gives. Any failure sends the whole input back
/// to the sequential decoder, which finds the first error and reports it with its offset and line
/// as before.
extension UTF8Decoder {
    /// Inputs at least this large (bytes) are decoded in pieces when there are several processors.
    static let piecewiseMinimum = 4 << 20

    /// `data` decoded in pieces, or nil when it is too small, the machine has one processor, or
    /// a piece fails (the caller then decodes it in one pass).
    ///
    /// Each piece's units are counted first (one per lead byte, two per four-byte lead), so each
    /// is decoded straight into its place in the result. The decoder writes a unit only once it
    /// has read that unit's lead byte, so it never writes past the count, even in bytes that
    /// turn out to be invalid; a piece that writes fewer units than counted has failed.
    static func decodedInPieces(_ data: Data, maxLineLength: Int?) -> [UInt16]? {
        let workers = ParallelWork.defaultWorkers
        guard data.count >= piecewiseMinimum, workers > 1 else { return nil }
        let bounds = data.withUnsafeBytes { raw in pieceBounds(raw.bindMemory(to: UInt8.self), pieces: workers * 4) }
        let counts = ParallelWork.map(bounds.count - 1, workers: workers) { (_: Int, index: Int) -> Int in
            data.withUnsafeBytes { raw in
                unitCount(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[bounds[index]..<bounds[index + 1]]))
            }
        }
        var offsets = [0]
        for count in counts { offsets.append(offsets[offsets.count - 1] + count) }
        let starts = offsets
        let total = offsets[offsets.count - 1]
        var failed = false
        let units = [UInt16](unsafeUninitializedCapacity: total) { units, written in
            // The workers write disjoint ranges of this buffer, which outlives them (`map`
            // returns when every piece is done); its address goes to them as a number, since a
            // pointer cannot be sent.
            let base = UInt(bitPattern: units.baseAddress)
            let decoded = ParallelWork.map(counts.count, workers: workers) { (_: Int, index: Int) -> Bool in
                data.withUnsafeBytes { raw -> Bool in
                    let piece = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[bounds[index]..<bounds[index + 1]])
                    guard let start = UnsafeMutablePointer<UInt16>(bitPattern: base)?.advanced(by: starts[index]) else {
                        return counts[index] == 0
                    }
                    let place = UnsafeMutableBufferPointer(start: start, count: counts[index])
                    let count = try? decode(piece, from: 0, into: place, file: "", maxLineLength: maxLineLength)
                    return count == counts[index]
                }
            }
            failed = decoded.contains(false)
            // The pieces tile the buffer, so when each wrote its count every unit is set.
            written = failed ? 0 : total
        }
        return failed ? nil : units
    }

    /// The UTF-16 units valid UTF-8 `bytes` decode to: one per byte that is not a continuation
    /// byte, and one more per four-byte lead (0xF0 and above).
    static func unitCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            count &+= (byte & 0xC0 != 0x80 ? 1 : 0) &+ (byte >= 0xF0 ? 1 : 0)
        }
        return count
    }

    /// Where the pieces start and end: after the byte-order mark, then about every
    /// `count / pieces` bytes at the byte after the next line feed, then the end.
    static func pieceBounds(_ bytes: UnsafeBufferPointer<UInt8>, pieces: Int) -> [Int] {
        var bounds = [UTF8Input.byteOrderMarkLength(of: bytes)]
        let step = max(1, (bytes.count - bounds[0]) / max(1, pieces))
        var next = bounds[0] + step
        while next < bytes.count {
            while next < bytes.count, bytes[next] != 0x0A { next += 1 }
            guard next + 1 < bytes.count else { break }
            bounds.append(next + 1)
            next += 1 + step
        }
        bounds.append(bytes.count)
        return bounds
    }
}
