/// How an uploaded document's content is read.
public enum UploadFormat: String, Sendable, Codable, CaseIterable {
    /// A UTF-8 transcript, hard wraps re-flowed before sentence segmentation.
    case text
    /// SubRip subtitles; segments keep the time range of their cues.
    case srt
    /// WebVTT subtitles; segments keep the time range of their cues.
    case webvtt
}
