public import Foundation

/// A document of the project store: an uploaded transcript or subtitle file, segmented on arrival.
public struct ProjectDocument: Sendable, Hashable, Codable {
    /// The row id, stable, used in URLs.
    public var id: Int64
    /// The name segment ids start with (`<name>:<n>`) and memory units record as their document.
    public var name: String
    /// How the content was read.
    public var format: UploadFormat
    /// BCP 47 code of the source language (`ar`).
    public var sourceLanguage: String
    /// BCP 47 code of the target language (`en`).
    public var targetLanguage: String
    /// When it was uploaded (UTC, whole seconds).
    public var createdAt: Date
    /// How many segments it has now (splits and merges change this).
    public var segmentCount: Int
    /// How many of them are confirmed (or final).
    public var confirmedCount: Int
    /// Whether the upload's line breaks inside paragraphs were read as spaces (false: each line
    /// was kept as a segment boundary); nil for a document stored before this was recorded.
    public var reflowed: Bool?

    /// Makes a document record.
    public init(
        id: Int64, name: String, format: UploadFormat, sourceLanguage: String, targetLanguage: String,
        createdAt: Date, segmentCount: Int, confirmedCount: Int, reflowed: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.createdAt = createdAt
        self.segmentCount = segmentCount
        self.confirmedCount = confirmedCount
        self.reflowed = reflowed
    }
}
