import Foundation
import Tarjama

/// A document as the API shows it.
struct DocumentBody: Codable, Sendable {
    var id: Int64
    var name: String
    /// text, srt or webvtt.
    var format: String
    var sourceLang: String
    var targetLang: String
    var createdAt: Date
    var segmentCount: Int
    var confirmedCount: Int
    /// "reflow" when the upload's line breaks inside paragraphs were read as spaces, "lines" when
    /// each line was kept apart (absent for documents stored before this was recorded).
    var layout: String?

    init(_ document: ProjectDocument) {
        id = document.id
        name = document.name
        format = document.format.rawValue
        sourceLang = document.sourceLanguage
        targetLang = document.targetLanguage
        createdAt = document.createdAt
        segmentCount = document.segmentCount
        confirmedCount = document.confirmedCount
        layout = document.reflowed.map { $0 ? "reflow" : "lines" }
    }
}

/// `POST /v1/documents` as JSON (the content may also be sent raw with `?name=&format=`).
struct DocumentUploadRequest: Codable, Sendable {
    var name: String
    var content: String
    /// text (default), srt or webvtt.
    var format: String?
    var sourceLang: String?
    var targetLang: String?
    /// auto (default), on (read line breaks as spaces) or off (keep each line apart).
    var reflow: String?
}

struct DocumentListBody: Codable, Sendable {
    var count: Int
    var documents: [DocumentBody]
}
