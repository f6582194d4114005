import Foundation

/// A large file is decoded in pieces on several threads: each piece starts right after a line
/// feed, where the sequential decoder's state is known (no sequence is open and the line is
/// empty), so the pieces joined are what one pass gives. Any failure sends the whole input back
/// to the sequential decoder, which finds the first error and reports it with its offset and line
/// as before.
extension UTF8Decoder {
    /// Inputs at least this large (bytes) are decoded in pieces when there are several processors.
    static let piecewiseMinimum = 4 << 20

    /// `data` decoded in pieces, or nil when it is too small, the machine has one processor, or
    /// a piece fails (the caller then decodes it in one pass).
    static func decodedInPieces(_ data: Data, maxLineLength: Int?) -> [UInt16]? {
        let workers = ParallelWork.defaultWorkers
        guard data.count >= piecewiseMinimum, workers > 1 else { return nil }
        let bounds = data.withUnsafeBytes { raw in pieceBounds(raw.bindMemory(to: UInt8.self), pieces: workers * 4) }
        let pieces = ParallelWork.map(bounds.count - 1, workers: workers) { (_: Int, index: Int) -> [UInt16]? in
            data.withUnsafeBytes { raw -> [UInt16]? in
                let bytes = raw.bindMemory(to: UInt8.self)
                let piece = UnsafeBufferPointer(rebasing: bytes[bounds[index]..<bounds[index + 1]])
                return try? [UInt16](unsafeUninitializedCapacity: piece.count) { units, written throws(TextInputError) in
                    written = try decode(piece, from: 0, into: units, file: "", maxLineLength: maxLineLength)
                }
            }
        }
        var total = 0
        for piece in pieces {
            guard let piece else { return nil }
            total += piece.count
        }
        return [UInt16](unsafeUninitializedCapacity: total) { units, written in
            for case let piece? in pieces {
                piece.withUnsafeBufferPointer { source in
                    _ = UnsafeMutableBufferPointer(rebasing: units[written..<(written + source.count)]).initialize(fromContentsOf: source)
                }
                written += piece.count
            }
        }
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
