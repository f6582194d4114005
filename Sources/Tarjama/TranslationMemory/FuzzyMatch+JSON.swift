extension FuzzyMatch {
    /// The match as a JSON object for `tarjama tm lookup --format jsonl`: percentage, the unit's
    /// fields, and the differences with UTF-16 `queryStart`/`queryEnd` and `unitStart`/`unitEnd`.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object["match"] = .number(percentage)
        if let id = unit.id { object["unit"] = .number(Int(id)) }
        object["source"] = .string(unit.source)
        object["target"] = .string(unit.target)
        // With codes, the differences' unit offsets count in the source without placeholders.
        if !unit.sourceCodes.isEmpty {
            object["sourceCodes"] = InlineCode.json(unit.sourceCodes)
            object["plainSource"] = .string(unit.plainSource)
        }
        if !unit.targetCodes.isEmpty { object["targetCodes"] = InlineCode.json(unit.targetCodes) }
        object["sourceLang"] = .string(unit.sourceLanguage)
        object["targetLang"] = .string(unit.targetLanguage)
        if let document = unit.document { object["document"] = .string(document) }
        object["origin"] = .string(unit.origin.rawValue)
        if let reason = unit.qaOverride { object["qaOverride"] = .string(reason) }
        object["differences"] = .array(
            differences.map { difference in
                var item = JSONObject()
                item["kind"] = .string(difference.kind.rawValue)
                if let range = difference.queryRange {
                    item["queryStart"] = .number(range.lowerBound)
                    item["queryEnd"] = .number(range.upperBound)
                }
                if let range = difference.unitRange {
                    item["unitStart"] = .number(range.lowerBound)
                    item["unitEnd"] = .number(range.upperBound)
                }
                return .object(item)
            })
        return object
    }
}

extension ConcordanceHit {
    /// The hit as a JSON object for `tarjama tm concordance --format jsonl`, ranges as
    /// `[{"start","end"}]` in UTF-16 units of the source and target.
    public var jsonObject: JSONObject {
        func ranges(_ list: [Range<Int>]) -> JSONValue {
            .array(list.map { .object(JSONObject([("start", .number($0.lowerBound)), ("end", .number($0.upperBound))])) })
        }
        var object = JSONObject()
        if let id = unit.id { object["unit"] = .number(Int(id)) }
        object["source"] = .string(unit.source)
        object["target"] = .string(unit.target)
        if let document = unit.document { object["document"] = .string(document) }
        object["sourceHits"] = ranges(sourceRanges)
        object["targetHits"] = ranges(targetRanges)
        return object
    }

    /// The unit's source with each hit wrapped in `open` and `close`.
    public func highlightedSource(open: String = "[", close: String = "]") -> String {
        unit.source.marking(sourceRanges, open: open, close: close)
    }

    /// The unit's target with each hit wrapped in `open` and `close`.
    public func highlightedTarget(open: String = "[", close: String = "]") -> String {
        unit.target.marking(targetRanges, open: open, close: close)
    }
}
