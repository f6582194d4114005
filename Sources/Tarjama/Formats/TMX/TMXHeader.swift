public import Foundation

/// The `<header>` of a TMX 1.4b file.
public struct TMXHeader: Sendable, Hashable {
    public var creationTool: String
    public var creationToolVersion: String
    /// `block`, `paragraph`, `sentence` or `phrase`.
    public var segmentType: String
    /// The format of the memory the data came from.
    public var originalFormat: String
    /// The language of notes and props.
    public var adminLanguage: String
    /// The source language of every unit: a real BCP 47 code (`*all*` only when asked for).
    public var sourceLanguage: String
    public var dataType: String
    public var creationDate: Date?
    public var notes: [String]
    public var properties: [TranslationProperty]

    /// The version written into `creationtoolversion`.
    public static let tarjamaVersion = "0.1.0"

    public init(sourceLanguage: String, creationTool: String = "Tarjama", creationToolVersion: String = TMXHeader.tarjamaVersion,
                segmentType: String = "sentence", originalFormat: String = "Tarjama bilingual JSONL",
                adminLanguage: String = "en", dataType: String = "plaintext", creationDate: Date? = nil,
                notes: [String] = [], properties: [TranslationProperty] = []) {
        self.sourceLanguage = sourceLanguage
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.segmentType = segmentType
        self.originalFormat = originalFormat
        self.adminLanguage = adminLanguage
        self.dataType = dataType
        self.creationDate = creationDate
        self.notes = notes
        self.properties = properties
    }
}

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

    public init() {}

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
        return "removed \(removedCharacters) character(s) XML cannot carry (control characters, U+FFFE/U+FFFF) from \(unitsWithRemovedCharacters) unit(s)\(examples)"
    }
}
