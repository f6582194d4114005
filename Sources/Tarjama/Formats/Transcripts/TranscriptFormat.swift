/// How a transcript file given to a command is read: plain text, or a subtitle file whose cue
/// text is segmented and whose cue times go with each segment.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    /// By extension: `.srt` is SRT, `.vtt` WebVTT, anything else (and standard input) text.
    case auto
    case text
    case srt
    case webvtt

    /// The format a file at `path` is read as: `self`, or for ``auto`` the one its extension names.
    public func resolved(forPath path: String) -> TranscriptFormat {
        guard self == .auto else { return self }
        let name = path.lowercased()
        if name.hasSuffix(".srt") { return .srt }
        if name.hasSuffix(".vtt") || name.hasSuffix(".webvtt") { return .webvtt }
        return .text
    }
}
