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
    /// The prop types the memory keeps in columns of its own.
    static let columns: Set<String> = [
        previousSource, nextSource, createdBy, changedBy, origin, qaOverride,
        TranslationPropertyType.document, TranslationPropertyType.score,
    ]
}

extension MemoryUnit {
    /// The unit a TMX `<tu>` describes, nil when it has no target or no source text. A unit
    /// without an `x-origin` property counts as imported.
    init?(_ unit: TranslationUnit, defaultSourceLanguage: String) {
        guard !unit.source.text.isEmpty, !unit.target.text.isEmpty else { return nil }
        let sourceLanguage =
            unit.source.language.isEmpty || unit.source.language == "*all*"
            ? defaultSourceLanguage : unit.source.language
        // OmegaT and others put the translator and the dates on the target <tuv>, not the <tu>.
        let translation = unit.target.metadata
        // Conventional case (AR → ar), so one language pair is one pair whoever wrote the file.
        self.init(
            sourceLanguage: LanguageTag.canonical(sourceLanguage), targetLanguage: LanguageTag.canonical(unit.target.language),
            source: unit.source.text, target: unit.target.text, document: unit.document,
            previousSource: unit[property: MemoryPropertyType.previousSource],
            nextSource: unit[property: MemoryPropertyType.nextSource],
            // creationid/changeid are what CAT tools write; the x- props are older Tarjama files.
            createdAt: unit.creationDate ?? translation?.date("creationdate"),
            createdBy: unit.metadata.creationId ?? unit[property: MemoryPropertyType.createdBy]
                ?? translation?[attribute: "creationid"],
            changedAt: unit.changeDate ?? translation?.date("changedate"),
            changedBy: unit.metadata.changeId ?? unit[property: MemoryPropertyType.changedBy]
                ?? translation?[attribute: "changeid"],
            score: unit.score,
            origin: unit[property: MemoryPropertyType.origin].flatMap(UnitOrigin.init(rawValue:)) ?? .imported,
            qaOverride: unit[property: MemoryPropertyType.qaOverride],
            sourceCodes: unit.source.codes, targetCodes: unit.target.codes)
        var exchange = ExchangeMetadata()
        // An id of the form export numbers units with (`<document>:<n>`) is made again on export.
        if let tuid = unit.tuid, !Self.isExportNumbering(tuid, document: unit.document) { exchange.tuid = tuid }
        exchange.attributes = unit.metadata.attributes
        exchange.properties = unit.properties.filter { !MemoryPropertyType.columns.contains($0.type) }
        exchange.notes = unit.notes
        exchange.otherVariants = unit.otherVariants
        exchange.sourceVariant = unit.source.metadata
        exchange.targetVariant = unit.target.metadata
        if unit.metadata.creationId == nil, unit.metadata.changeId == nil, unit.creationDate == nil, unit.changeDate == nil,
            let translation,
            ["creationid", "changeid", "creationdate", "changedate"].contains(where: { translation[attribute: $0] != nil })
        {
            exchange.usersOnTargetVariant = true
        }
        self.exchange = exchange.isEmpty ? nil : exchange
    }

    /// Whether `tuid` is `<document>:<n>` (`tm:<n>` without a document), as ``translationUnit(tuid:)`` numbers them.
    static func isExportNumbering(_ tuid: String, document: String?) -> Bool {
        let prefix = (document ?? "tm") + ":"
        guard tuid.hasPrefix(prefix) else { return false }
        let number = tuid.dropFirst(prefix.count)
        return !number.isEmpty && number.allSatisfy { ("0"..."9").contains($0) }
    }

    /// The unit as a TMX `<tu>` with id `tuid` (the id it was imported with, when it had one of its own).
    func translationUnit(tuid: String) -> TranslationUnit {
        var unit = TranslationUnit(
            tuid: tuid, source: TranslationVariant(language: sourceLanguage, text: source, codes: sourceCodes),
            target: TranslationVariant(language: targetLanguage, text: target, codes: targetCodes),
            creationDate: createdAt, changeDate: changedAt)
        if let exchange {
            unit.tuid = exchange.tuid ?? tuid
            unit.metadata.attributes = exchange.attributes
            unit.properties = exchange.properties
            unit.notes = exchange.notes
            unit.otherVariants = exchange.otherVariants
            unit.source.metadata = exchange.sourceVariant
            unit.target.metadata = exchange.targetVariant
        }
        // What CAT tools show as the unit's author and last editor, on the <tu> unless the unit
        // came with them on its target <tuv> alone (OmegaT's way) and they have not changed since.
        let translation = exchange?.usersOnTargetVariant == true ? exchange?.targetVariant : nil
        unit.metadata.creationId = createdBy == translation?[attribute: "creationid"] ? nil : createdBy
        unit.metadata.changeId = changedBy == translation?[attribute: "changeid"] ? nil : changedBy
        if let createdAt, createdAt == translation?.date("creationdate") { unit.creationDate = nil }
        if let changedAt, changedAt == translation?.date("changedate") { unit.changeDate = nil }
        unit.document = document
        unit.score = score
        unit[property: MemoryPropertyType.previousSource] = previousSource
        unit[property: MemoryPropertyType.nextSource] = nextSource
        unit[property: MemoryPropertyType.origin] = origin.rawValue
        unit[property: MemoryPropertyType.qaOverride] = qaOverride
        return unit
    }
}
