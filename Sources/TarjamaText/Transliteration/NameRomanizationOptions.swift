/// Choices for the ``TransliterationScheme/names`` romanisation.
public struct NameRomanizationOptions: Sendable, Hashable {
    /// Write the article as pronounced before sun letters: ar-Raqqa rather than al-Raqqa.
    public var assimilatesSunLetters: Bool
    /// Write a final ة as "ah" (Hamah) rather than "a" (Hama).
    public var taMarbutaAsAh: Bool

    /// Write و as a vowel "ou", the French-influenced style of Syrian and Lebanese agencies
    /// (Hazouri, Foua) rather than "u" (Hazuri).
    public var writesWawAsOu: Bool

    public init(assimilatesSunLetters: Bool = false, taMarbutaAsAh: Bool = false, writesWawAsOu: Bool = false) {
        self.assimilatesSunLetters = assimilatesSunLetters
        self.taMarbutaAsAh = taMarbutaAsAh
        self.writesWawAsOu = writesWawAsOu
    }
}
