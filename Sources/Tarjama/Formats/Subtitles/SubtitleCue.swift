/// One subtitle cue: when it shows and its text (markup removed, lines kept).
public struct SubtitleCue: Sendable, Hashable {
    /// The SRT number or WebVTT identifier, if the file had one.
    public var identifier: String?
    public var time: TimeRange
    /// The cue's text; lines separated by LF; tags such as `<i>` and `{\an8}` removed.
    public var text: String
    /// The WebVTT voice (`<v Speaker>`), when given.
    public var speaker: String?

    public init(identifier: String? = nil, time: TimeRange, text: String, speaker: String? = nil) {
        self.identifier = identifier
        self.time = time
        self.text = text
        self.speaker = speaker
    }
}
