/// How an upload's line breaks inside a paragraph are read, as `tarjama segment --reflow` /
/// `--lines` choose on the command line: as spaces (`on`: a hard-wrapped transcript), as segment
/// boundaries (`off`: one sentence or paragraph per line, as UN documents and pasted lists come),
/// or decided from the text (`auto`: kept when the lines mostly end with sentence punctuation or
/// are short and numbered, see ``SentenceSegmenter/looksLikeOneSegmentPerLine(_:openLineShare:)``).
/// Blank lines end paragraphs whatever the choice. Subtitle cues are re-flowed under `auto`.
public enum ReflowChoice: String, Sendable, Hashable, CaseIterable {
    case auto, on, off
}
