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

    public init(
        sourceLanguage: String, creationTool: String = "Tarjama", creationToolVersion: String = TMXHeader.tarjamaVersion,
        segmentType: String = "sentence", originalFormat: String = "Tarjama bilingual JSONL",
        adminLanguage: String = "en", dataType: String = "plaintext", creationDate: Date? = nil,
        notes: [String] = [], properties: [TranslationProperty] = []
    ) {
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
