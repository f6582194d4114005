/// The folding steps applied after NFC when building a matching key (never for display).
///
/// Each step is one spelling difference that transcripts show for the same word: حماة/حماه,
/// إدلب/ادلب, الأركان/الاركان, tashkeel or none, ٣ or 3. ``matching`` is the set the glossary,
/// aligner and translation memory share, so keys built anywhere in Tarjama compare equal.
public struct ArabicFolding: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Removes tashkeel (fatha … sukun, tanween, shadda), superscript alef and Quranic marks.
    public static let diacritics = ArabicFolding(rawValue: 1 << 0)
    /// Removes tatweel (ـ), the stretching character.
    public static let tatweel = ArabicFolding(rawValue: 1 << 1)
    /// أ إ آ ٱ ٲ ٳ ٵ → ا.
    public static let alefVariants = ArabicFolding(rawValue: 1 << 2)
    /// ى → ي.
    public static let alefMaqsura = ArabicFolding(rawValue: 1 << 3)
    /// ة → ه (حماة and حماه become one key).
    public static let taMarbuta = ArabicFolding(rawValue: 1 << 4)
    /// ؤ → و and ئ → ي.
    public static let hamzaSeats = ArabicFolding(rawValue: 1 << 5)
    /// Persian and Urdu letter forms: ک ڪ → ك, ی → ي, ہ ە ۀ → ه, ۃ → ة.
    public static let persianLetters = ArabicFolding(rawValue: 1 << 6)
    /// Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits → 0–9; ٬ → , and ٫ → .
    public static let digitsToASCII = ArabicFolding(rawValue: 1 << 7)
    /// Removes bidi controls (LRM, RLM, ALM, embeddings, isolates), zero-width characters
    /// (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and the soft hyphen.
    public static let invisibleControls = ArabicFolding(rawValue: 1 << 8)
    /// Arabic presentation forms (ﻻ, ﺍ, ﷲ …) → their ordinary letters (NFKC of those blocks only).
    public static let presentationForms = ArabicFolding(rawValue: 1 << 9)
    /// Simple case folding of every other script (Latin names in Arabic text, the English side).
    public static let caseFold = ArabicFolding(rawValue: 1 << 10)

    /// Every step: the key Tarjama matches glossary terms, TM entries and aligned text on.
    public static let matching: ArabicFolding = [
        .diacritics, .tatweel, .alefVariants, .alefMaqsura, .taMarbuta, .hamzaSeats,
        .persianLetters, .digitsToASCII, .invisibleControls, .presentationForms, .caseFold,
    ]

    /// Only what never changes the word: tashkeel, tatweel, invisible controls, presentation forms.
    public static let light: ArabicFolding = [.diacritics, .tatweel, .invisibleControls, .presentationForms]

    /// Each single step in the order they are applied, with the name `--explain` prints.
    public static let steps: [(step: ArabicFolding, name: String)] = [
        (.invisibleControls, "invisible-controls"),
        (.presentationForms, "presentation-forms"),
        (.diacritics, "diacritics"),
        (.tatweel, "tatweel"),
        (.persianLetters, "persian-letters"),
        (.alefVariants, "alef-variants"),
        (.alefMaqsura, "alef-maqsura"),
        (.taMarbuta, "ta-marbuta"),
        (.hamzaSeats, "hamza-seats"),
        (.digitsToASCII, "digits"),
        (.caseFold, "case-fold"),
    ]

    /// The step called `name` (as in ``steps``), for command-line options.
    public init?(stepName name: String) {
        guard let found = Self.steps.first(where: { $0.name == name }) else { return nil }
        self = found.step
    }

    /// The names of the steps in this set, in application order.
    public var stepNames: [String] { Self.steps.filter { contains($0.step) }.map(\.name) }
}
