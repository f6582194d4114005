/// Which rule starts a segment, as `tarjama segment --explain` reports it
/// (``SentenceSegmenter/explain(_:)``).
public enum BoundaryRule: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The first segment of the text.
    case start
    /// A new paragraph: after a blank line (or, without re-flow, after any line break).
    case paragraph
    /// Sentence punctuation (. ! ? ؟) that ICU's rules break after and the corrections kept.
    case punctuation
    /// A numbered paragraph or list item after ؛ ; or : (UN layout), or an English paragraph number.
    case listItem = "list-item"
    /// An unpunctuated line end judged to end a statement (the next line opens one or a news
    /// lead), or an English headline on its own line.
    case lineEnd = "line-end"
    /// An unpunctuated headline run into its lead on one line, cut before the lead's first word.
    case headline
    /// A break added by SRX rules.
    case srx

    public var description: String { rawValue }
}
