public import Foundation

/// A segment as the API shows it.
public struct SegmentBody: Codable, Sendable, Hashable {
    /// The row id used in URLs (`/v1/segments/{id}`); stable across splits and merges of others.
    public var id: Int64
    public var document: Int64
    /// 1-based position in the document.
    public var index: Int
    /// The design-note id `<document name>:<n>`.
    public var segmentId: String
    public var source: String
    /// The English draft; "" when none.
    public var target: String
    /// initial, translated, reviewed, confirmed or final.
    public var status: String
    /// Increases with every change; send it back as If-Match (the ETag) or `version`.
    public var version: Int
    /// The strong ETag, `"<id>-<version>"`.
    public var etag: String
    /// UTF-16 offsets into the uploaded text.
    public var start: Int
    public var end: Int
    /// Seconds from the start, for subtitle uploads.
    public var time: TimeSpan?
    public var changedAt: Date
    public var changedBy: String?

    public struct TimeSpan: Codable, Sendable, Hashable {
        public var start: Double
        public var end: Double
    }
}
