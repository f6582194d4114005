public import Foundation

/// One segment of a project document as the workstation edits it: the source sentence, the
/// translator's draft, its workflow status and the version that guards concurrent edits.
public struct ProjectSegment: Sendable, Hashable, Codable {
    /// The row id, stable across splits and merges of other segments, used in URLs.
    public var id: Int64
    /// The row id of the segment's document.
    public var documentID: Int64
    /// The 1-based position in the document.
    public var index: Int
    /// The segment id of ARCHITECTURE.md (Contracts), `<document name>:<index>`.
    public var segmentID: String
    /// The source text; hard wraps inside it read as one space.
    public var source: String
    /// The translator's draft, `""` when there is none.
    public var target: String
    /// Where the segment stands: initial, translated, reviewed, confirmed (or final).
    public var status: BilingualStatus
    /// Starts at 1 and grows with every change; an edit names the version it was made on.
    public var version: Int
    /// UTF-16 offset of the source's start in the uploaded text (for subtitles, the cue text).
    public var start: Int
    /// UTF-16 offset of the source's end (exclusive).
    public var end: Int
    /// When the segment is spoken, for SRT and WebVTT uploads.
    public var timeRange: TimeRange?
    /// When the segment last changed (UTC, whole seconds).
    public var changedAt: Date
    /// Who changed it last, when known.
    public var changedBy: String?
    /// The reason the translator gave for confirming it over QA errors; nil when QA passed,
    /// and cleared by the next edit.
    public var qaOverride: String?

    /// The HTTP entity tag of this version (strong, quoted).
    public var etag: String { "\"\(id)-\(version)\"" }

    /// Makes a segment record.
    public init(
        id: Int64, documentID: Int64, index: Int, segmentID: String, source: String, target: String,
        status: BilingualStatus, version: Int, start: Int, end: Int, timeRange: TimeRange?,
        changedAt: Date, changedBy: String?, qaOverride: String? = nil
    ) {
        self.id = id
        self.documentID = documentID
        self.index = index
        self.segmentID = segmentID
        self.source = source
        self.target = target
        self.status = status
        self.version = version
        self.start = start
        self.end = end
        self.timeRange = timeRange
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.qaOverride = qaOverride
    }
}
