/// The XLIFF versions Tarjama writes and reads.
public enum XLIFFVersion: String, Sendable, CaseIterable {
    /// XLIFF 2.1 (OASIS 2018), with the glossary and metadata modules.
    case v2_1 = "2.1"
    /// XLIFF 1.2, for older CAT tools.
    case v1_2 = "1.2"

    static let namespace2 = "urn:oasis:names:tc:xliff:document:2.0"
    static let namespace1 = "urn:oasis:names:tc:xliff:document:1.2"
    static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"
}

extension BilingualStatus {
    /// The XLIFF 1.2 `<target state>` for this status.
    public var xliff1State: String {
        switch xliffState {
        case .initial: "needs-translation"
        case .reviewed: "signed-off"
        case .final: "final"
        default: "translated"
        }
    }

    /// The bilingual status for an XLIFF 2 segment `state` or an XLIFF 1.2 target `state`.
    public static func fromXLIFF(_ state: String) -> BilingualStatus {
        switch state {
        case "initial", "new", "needs-translation", "needs-adaptation", "needs-l10n": .initial
        case "reviewed", "signed-off": .reviewed
        case "final": .final
        default: .translated
        }
    }
}
