/// What a TMX (or XLIFF) write did beyond writing units: characters that XML cannot carry are
/// removed, never written, and counted here so the caller can tell the translator.
public struct ExportReport: Sendable, Hashable {
    /// Units written.
    public var units = 0
    /// XML-invalid characters removed, in all.
    public var removedCharacters = 0
    /// Units that lost at least one character.
    public var unitsWithRemovedCharacters = 0
    /// The ids of the first such units (at most 20), for the message.
    public var exampleIds: [String] = []

    /// Inline codes written with their markup.
    public var inlineCodes = 0
    /// Inline codes the output format has no place for (TSV): their placeholders stay in the
    /// text, their markup is lost.
    public var droppedCodes = 0
    /// Units that lost at least one inline code.
    public var unitsWithDroppedCodes = 0

    /// Variants in languages beyond the pair (a third `<tuv>`) the output format has no place for.
    public var droppedVariants = 0
    /// Units that lost at least one such variant.
    public var unitsWithDroppedVariants = 0

    public init() {}

    /// Counts a unit's variants beyond the pair that the output format cannot hold.
    mutating func record(droppedVariants dropped: Int) {
        guard dropped > 0 else { return }
        droppedVariants += dropped
        unitsWithDroppedVariants += 1
    }

    /// One line about variants lost, or nil when none was.
    public var droppedVariantsSummary: String? {
        guard droppedVariants > 0 else { return nil }
        return
            "dropped \(droppedVariants) variant(s) in further languages from \(unitsWithDroppedVariants) unit(s): the format holds one language pair; write TMX to keep them"
    }

    /// Counts a unit's codes: `kept` written with their markup, `dropped` lost.
    mutating func record(codes kept: Int, dropped: Int) {
        inlineCodes += kept
        guard dropped > 0 else { return }
        droppedCodes += dropped
        unitsWithDroppedCodes += 1
    }

    /// One line about inline codes lost, or nil when none was.
    public var droppedCodesSummary: String? {
        guard droppedCodes > 0 else { return nil }
        return
            "dropped the markup of \(droppedCodes) inline code(s) in \(unitsWithDroppedCodes) unit(s): the format has no place for it; their placeholders ({1}, {/1}, {1/}) stay in the text"
    }

    mutating func record(removed: Int, id: String?) {
        guard removed > 0 else { return }
        removedCharacters += removed
        unitsWithRemovedCharacters += 1
        if exampleIds.count < 20, let id { exampleIds.append(id) }
    }

    /// One line for the translator, or nil when nothing was removed.
    public var removalSummary: String? {
        guard removedCharacters > 0 else { return nil }
        let examples = exampleIds.isEmpty ? "" : " (e.g. \(exampleIds.prefix(5).joined(separator: ", ")))"
        return
            "removed \(removedCharacters) character(s) XML cannot carry (control characters, U+FFFE/U+FFFF) from \(unitsWithRemovedCharacters) unit(s)\(examples)"
    }
}
