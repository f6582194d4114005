extension TMXWriter {
    /// Appends a unit's `creationid`, `changeid` and other attributes as read. A date kept as
    /// written (not in TMX's form) is left out when the unit has a date of that name to write.
    func append(_ metadata: UnitMetadata, of unit: TranslationUnit, to bytes: inout [UInt8]) -> Int {
        var removed = 0
        if let creationId = metadata.creationId {
            removed += Self.appendAttributes([MarkupAttribute(name: "creationid", value: creationId)], to: &bytes)
        }
        if let changeId = metadata.changeId {
            removed += Self.appendAttributes([MarkupAttribute(name: "changeid", value: changeId)], to: &bytes)
        }
        let written: Set<String> = ["tuid", "srclang", "creationid", "changeid"]
        let hasCreation = unit.creationDate != nil || hasDefaultDate
        removed += Self.appendAttributes(
            metadata.attributes.filter { attribute in
                !written.contains(attribute.name) && !(attribute.name == "creationdate" && hasCreation)
                    && !(attribute.name == "changedate" && unit.changeDate != nil)
            }, to: &bytes)
        return removed
    }

    static func appendAttributes(_ attributes: [MarkupAttribute], to bytes: inout [UInt8]) -> Int {
        var removed = 0
        for attribute in attributes {
            removed += XMLEscaping.appendAttribute(attribute.name, value: attribute.value, to: &bytes)
        }
        return removed
    }
}
