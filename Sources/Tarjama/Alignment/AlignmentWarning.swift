import Foundation

/// Something about a document pair that makes its alignment doubtful. Descriptions never
/// quote the text.
public enum AlignmentWarning: Sendable, Hashable, CustomStringConvertible {
    /// One side has no segments: every segment of the other side is left unpaired.
    case emptySide(isSource: Bool)
    /// The sides' lengths are far from what a translation gives (`ratio` = observed / expected).
    case lengthMismatch(ratio: Double)
    /// Names and numbers do not correspond and the pairs score low: probably not a translation.
    case unlikelyTranslation(anchorAgreement: Double, meanScore: Double)

    public var description: String {
        switch self {
        case .emptySide(let isSource):
            return "the \(isSource ? "source" : "target") side has no segments; every segment of the other side is left unpaired"
        case .lengthMismatch(let ratio):
            let times = ratio >= 1 ? ratio : 1 / ratio
            let longer = ratio >= 1 ? "target" : "source"
            return
                "the \(longer) side is \(String(format: "%.1f", times))× longer than a translation would make it; check that the files belong together"
        case .unlikelyTranslation(let agreement, let mean):
            return
                "the target does not look like a translation of the source (names and numbers agree \(String(format: "%.0f", agreement * 100))%, mean score \(String(format: "%.2f", mean))); check the file pairing"
        }
    }
}
