extension TranslationUnit {
    /// The unit for a bilingual pair: `tuid` is the pair id, the document is the id's `<doc>`
    /// part, and ids, score, bead and status become `x-` properties; `startTime`/`endTime`
    /// become `x-time-code`, as the service writes it. Suggestions and unknown
    /// fields stay in the JSONL file; a TMX has no place for them.
    public init(_ record: BilingualRecord, sourceLanguage: String, targetLanguage: String) {
        self.init(
            tuid: record.id,
            source: TranslationVariant(
                language: record.sourceLang ?? sourceLanguage, text: record.source,
                codes: record.sourceCodes),
            target: TranslationVariant(
                language: record.targetLang ?? targetLanguage, text: record.target,
                codes: record.targetCodes))
        if let colon = record.id.lastIndex(of: ":"), colon > record.id.startIndex {
            document = String(record.id[..<colon])
        }
        sourceIds = record.sourceIds
        targetIds = record.targetIds
        score = record.score
        bead = record.bead
        status = record.status?.rawValue
        if let start = record.extra["startTime"]?.doubleValue, let end = record.extra["endTime"]?.doubleValue,
            let time = TimeRange(startSeconds: start, endSeconds: end)
        {
            timeCode = time.timeCode
        }
    }
}

extension BilingualRecord {
    /// The bilingual pair for a unit; a unit without `tuid` gets `fallbackId`. Properties
    /// other than Tarjama's are kept as unknown fields named `tmx:<type>`.
    public init(_ unit: TranslationUnit, fallbackId: String) {
        self.init(
            id: unit.tuid ?? fallbackId, source: unit.source.text, target: unit.target.text,
            sourceLang: unit.source.language.isEmpty ? nil : unit.source.language,
            targetLang: unit.target.language.isEmpty ? nil : unit.target.language,
            status: unit.status.map(BilingualStatus.init(rawValue:)), score: unit.score, bead: unit.bead,
            sourceIds: unit.sourceIds, targetIds: unit.targetIds)
        sourceCodes = unit.source.codes
        targetCodes = unit.target.codes
        var tarjamaTypes: Set<String> = [
            TranslationPropertyType.document, TranslationPropertyType.sourceIds, TranslationPropertyType.targetIds,
            TranslationPropertyType.score, TranslationPropertyType.bead, TranslationPropertyType.status,
        ]
        if let time = unit.timeCode.flatMap(TimeRange.init(timeCode:)) {
            (extra["startTime"], extra["endTime"]) = time.jsonFields
            tarjamaTypes.insert(TranslationPropertyType.timeCode)
        }
        for property in unit.properties where !tarjamaTypes.contains(property.type) && extra["tmx:" + property.type] == nil {
            extra["tmx:" + property.type] = .string(property.value)
        }
        if !unit.notes.isEmpty { extra["tmx:notes"] = .array(unit.notes.map(JSONValue.string)) }
    }
}
