/// The workflow state of a segment pair, as the bilingual file's `status` field holds it.
///
/// The four XLIFF 2 states are the known values; anything else a tool wrote is kept verbatim
/// and mapped to the nearest XLIFF state by ``xliffState``.
public struct BilingualStatus: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Not yet translated or not checked at all.
    public static let initial = BilingualStatus(rawValue: "initial")
    /// Translated (or aligned by machine) but not reviewed.
    public static let translated = BilingualStatus(rawValue: "translated")
    /// Checked by a reviewer.
    public static let reviewed = BilingualStatus(rawValue: "reviewed")
    /// Confirmed by the translator at the workstation; confirmed pairs go into the memory.
    /// XLIFF has no such state and reads it as `final`.
    public static let confirmed = BilingualStatus(rawValue: "confirmed")
    /// Signed off.
    public static let final = BilingualStatus(rawValue: "final")

    /// The XLIFF 2 segment state for this status: the four known values map to themselves;
    /// common synonyms (`new`, `draft`, `aligned`, `checked`, `approved`, ...) to their nearest
    /// state; anything else to `translated`.
    public var xliffState: BilingualStatus {
        switch rawValue.lowercased() {
        case "initial", "new", "draft", "untranslated", "needs-translation": .initial
        case "reviewed", "checked", "verified", "needs-review-l10n", "signed-off-pending": .reviewed
        case "final", "approved", "signed-off", "confirmed": .final
        default: .translated
        }
    }
}
