/// The choices in the Arabic boundary rules that were made by reading development documents,
/// gathered so that an evaluation can set them from training data instead
/// (`Scripts/segmentation-cv.py` rebuilds them on each cross-validation fold's training
/// documents and scores the held-out fold).
///
/// ``shipped`` holds the values the segmenter uses unless told otherwise. What is not here is
/// general Arabic: the particles, prepositions and complementisers a statement cannot end on,
/// abbreviations, the reporting verbs and attributions news statements open with
/// (``ArabicLexicon/openingWords``), and the shapes of present verbs.
public struct SegmentationTuning: Sendable, Equatable {
    /// Words that open a news lead after an unpunctuated headline (mostly perfective verbs),
    /// matched on their spelling-neutral key; nil keeps the shipped list. The reporting verbs
    /// and attributions of ``ArabicLexicon/openingWords`` open a lead whatever this holds.
    public var leadOpeners: [String]?
    /// The fewest words a headline has before a lead may open after it.
    public var minimumHeadlineWords = 4
    /// The fewest words the lead must have after the headline, up to the first sentence end.
    public var minimumLeadWords = 6
    /// The fewest words the sentence so far needs before an unpunctuated line end may end it.
    public var minimumWordsBeforeLineSplit = 6
    /// Whether a present verb that restates a headline word opens a lead
    /// (see `BoundaryRules.opensRestatingLead`).
    public var restatingLeads = true
    /// The largest share of lines left open at wrap length for which a text is still read as one
    /// segment per line (``SentenceSegmenter/looksLikeOneSegmentPerLine(_:openLineShare:)``).
    public var openLineShareForLines = 0.15
    /// Whether an English line without final punctuation ends a sentence when the next line
    /// opens one (see `BoundaryRules.splitsEnglishLineEnd`).
    public var englishLineEnds = true
    /// Whether an English paragraph number (`…fields; 4. Calls upon…`) opens its paragraph
    /// instead of ending a sentence (see `BoundaryRules.closesParagraphNumber`).
    public var englishParagraphNumbers = true
    /// Whether English paragraphs that run on after a comma or an unpunctuated heading open
    /// where their number or preambular participle stands (`…Board 2. Encourages…`, `…, Noting…`;
    /// see `BoundaryRules.englishParagraphStarts`).
    public var englishRunInParagraphs = true
    /// Whether an English sentence opener right after an unpunctuated heading on the same line
    /// starts a sentence (`…Executive Board The report…`; see `BoundaryRules.englishRunInHeadingStarts`).
    public var englishRunInHeadings = true

    /// The values used unless told otherwise.
    public static let shipped = SegmentationTuning()

    public init() {}

    /// Reads tuning text: one setting a line, `name value`, `#` comments and blank lines ignored;
    /// `lead-openers` takes any number of words and may repeat (the words add up). Names:
    /// `lead-openers`, `minimum-headline-words`, `minimum-lead-words`,
    /// `minimum-words-before-line-split`, `restating-leads on|off`, `open-line-share`,
    /// `english-line-ends on|off`, `english-paragraph-numbers on|off`,
    /// `english-run-in-paragraphs on|off`, `english-run-in-headings on|off`. `source` names the text in errors.
    public init(parsing text: String, source: String) throws(SegmentationError) {
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let name = fields.first else { continue }
            let values = Array(fields.dropFirst())
            func fail(_ message: String) -> SegmentationError {
                .tuning(source: source, line: lineNumber, message: "\(name): \(message)")
            }
            func integer(in range: ClosedRange<Int>) throws(SegmentationError) -> Int {
                guard values.count == 1, let value = Int(values[0]), range.contains(value) else {
                    throw fail("expected one whole number from \(range.lowerBound) to \(range.upperBound)")
                }
                return value
            }
            func flag() throws(SegmentationError) -> Bool {
                guard values.count == 1, values[0] == "on" || values[0] == "off" else { throw fail("expected on or off") }
                return values[0] == "on"
            }
            switch name {
            case "lead-openers":
                leadOpeners = (leadOpeners ?? []) + values
            case "minimum-headline-words":
                minimumHeadlineWords = try integer(in: 1...BoundaryRules.headlineWords.upperBound)
            case "minimum-lead-words":
                minimumLeadWords = try integer(in: 1...100)
            case "minimum-words-before-line-split":
                minimumWordsBeforeLineSplit = try integer(in: 1...100)
            case "restating-leads":
                restatingLeads = try flag()
            case "english-line-ends":
                englishLineEnds = try flag()
            case "english-paragraph-numbers":
                englishParagraphNumbers = try flag()
            case "english-run-in-paragraphs":
                englishRunInParagraphs = try flag()
            case "english-run-in-headings":
                englishRunInHeadings = try flag()
            case "open-line-share":
                guard values.count == 1, let value = Double(values[0]), value >= 0, value <= 1 else {
                    throw fail("expected a share from 0 to 1")
                }
                openLineShareForLines = value
            default:
                throw .tuning(source: source, line: lineNumber, message: "unknown setting \(name)")
            }
        }
    }
}
