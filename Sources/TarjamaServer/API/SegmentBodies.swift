public import Foundation
import Tarjama

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
    /// The reason given for confirming over QA errors, when that is how it was confirmed.
    public var qaOverride: String?

    public struct TimeSpan: Codable, Sendable, Hashable {
        public var start: Double
        public var end: Double
    }
}

extension SegmentBody {
    init(_ segment: ProjectSegment) {
        id = segment.id
        document = segment.documentID
        index = segment.index
        segmentId = segment.segmentID
        source = segment.source
        target = segment.target
        status = segment.status.rawValue
        version = segment.version
        etag = segment.etag
        start = segment.start
        end = segment.end
        time = segment.timeRange.map { TimeSpan(start: Double($0.start) / 1000, end: Double($0.end) / 1000) }
        changedAt = segment.changedAt
        changedBy = segment.changedBy
        qaOverride = segment.qaOverride
    }
}

/// `PATCH /v1/segments/{id}`: a new draft and/or status.
struct SegmentPatch: Codable, Sendable {
    var target: String?
    /// initial, translated, reviewed, confirmed or final; confirmed and final put the pair in the memory.
    var status: String?
    /// The version the edit was made on, when If-Match is not sent.
    var version: Int?
}

/// `POST /v1/segments/{id}/split`.
struct SplitRequest: Codable, Sendable {
    /// UTF-16 offset inside the segment's source (not in the document).
    var offset: Int
    var version: Int?
}

/// `POST /v1/segments/{id}/merge` and `/confirm`.
struct VersionedRequest: Codable, Sendable {
    /// For confirm: the final draft, when it changes with the confirmation.
    var target: String?
    var version: Int?
    /// For confirm: why the segment is confirmed although QA found errors (recorded).
    var override: String?
}

/// `POST /v1/segments/{id}/apply`.
struct ApplyRequest: Codable, Sendable {
    /// A suggestion id from `GET .../suggestions`: `t<n>` (term, number, name) or `m<n>` (memory).
    var suggestion: String
    /// Where to insert a term rendering the draft lacks (UTF-16 offset in the draft); default: the end.
    var at: Int?
    var version: Int?
}

/// What applying a suggestion did.
struct ApplyBody: Codable, Sendable {
    /// Whether the draft changed (false when it already had the preferred rendering or number).
    var changed: Bool
    /// The text that was replaced, when a wrong rendering or figure was corrected.
    var replaced: String?
    /// Each change to the draft, with offsets into the draft as it was.
    var changes: [ApplyChangeBody]
    var segment: SegmentBody
}

/// One change `POST .../apply` made to a draft.
struct ApplyChangeBody: Codable, Sendable, Hashable {
    /// term (a wrong rendering replaced), number (a wrong figure replaced), insert (a missing
    /// rendering or number added) or memory (the draft replaced by a memory match).
    var kind: String
    /// UTF-16 offsets of the replaced text in the draft before the change, end exclusive
    /// (start == end for an insertion).
    var start: Int
    var end: Int
    var before: String
    var after: String
}

struct SegmentListBody: Codable, Sendable {
    var document: Int64
    var count: Int
    var segments: [SegmentBody]
}

struct SplitBody: Codable, Sendable {
    var segments: [SegmentBody]
}
