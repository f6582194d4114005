public import TarjamaText

extension TimedText {
    /// The cue text as a ``Document`` for segmentation; its UTF-16 offsets are the ones
    /// ``timeRanges(of:)`` takes, so a segmenter's ranges map straight back to cue times.
    public func document(name: String) -> Document {
        Document(name: name, text: text)
    }
}
