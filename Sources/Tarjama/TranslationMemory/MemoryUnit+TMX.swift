/// Property types the memory adds to TMX units: the neighbouring source segments (as memoQ
/// names them), users, and the unit's origin.
enum MemoryPropertyType {
    static let previousSource = "x-context-pre"
    static let nextSource = "x-context-post"
    static let createdBy = "x-created-by"
    static let changedBy = "x-changed-by"
    static let origin = "x-origin"
    /// Why the unit was confirmed over QA errors.
    static let qaOverride = "x-qa-override"
}

extension MemoryUnit {
    /// The unit a TMX `<tu>` describes, nil when it has no target or no source text. A unit
    /// without an `x-origin` property counts as imported.
    init?(_ unit: TranslationUnit, defaultSourceLanguage: String) {
        guard !unit.source.text.isEmpty, !unit.target.text.isEmpty else { return nil }
        let sourceLanguage = unit.source.language.isEmpty || unit.source.language == "*all*"
            ? defaultSourceLanguage : unit.source.language
        // Conventional case (AR → ar), so one language pair is one pair whoever wrote the file.
        self.init(sourceLanguage: LanguageTag.canonical(sourceLanguage), targetLanguage: LanguageTag.canonical(unit.target.language),
                  source: unit.source.text, target: unit.target.text, document: unit.document,
                  previousSource: unit[property: MemoryPropertyType.previousSource],
                  nextSource: unit[property: MemoryPropertyType.nextSource],
                  createdAt: unit.creationDate, createdBy: unit[property: MemoryPropertyType.createdBy],
                  changedAt: unit.changeDate, changedBy: unit[property: MemoryPropertyType.changedBy],
                  score: unit.score,
                  origin: unit[property: MemoryPropertyType.origin].flatMap(UnitOrigin.init(rawValue:)) ?? .imported,
                  qaOverride: unit[property: MemoryPropertyType.qaOverride],
                  sourceCodes: unit.source.codes, targetCodes: unit.target.codes)
    }

    /// The unit as a TMX `<tu>` with id `tuid`.
    func translationUnit(tuid: String) -> TranslationUnit {
        var unit = TranslationUnit(tuid: tuid, source: TranslationVariant(language: sourceLanguage, text: source, codes: sourceCodes),
                                   target: TranslationVariant(language: targetLanguage, text: target, codes: targetCodes),
                                   creationDate: createdAt, changeDate: changedAt)
        unit.document = document
        unit.score = score
        unit[property: MemoryPropertyType.previousSource] = previousSource
        unit[property: MemoryPropertyType.nextSource] = nextSource
        unit[property: MemoryPropertyType.createdBy] = createdBy
        unit[property: MemoryPropertyType.changedBy] = changedBy
        unit[property: MemoryPropertyType.origin] = origin.rawValue
        unit[property: MemoryPropertyType.qaOverride] = qaOverride
        return unit
    }
}
