import TarjamaText

/// An uploaded document's content read and segmented, before it is stored: the text the segment
/// offsets count into and each segment's range, cue times and speaker.
struct DocumentUpload {
    struct Piece {
        var range: Range<Int>
        var time: TimeRange?
        var speaker: String?
    }

    /// The text segment offsets count into: the upload without a BOM, or the cue text of a subtitle file.
    let text: String
    let units: [UInt16]
    let pieces: [Piece]
    /// Whether line breaks inside paragraphs were read as spaces (false: each line kept apart).
    let reflowed: Bool

    /// Reads `content` as `format` and cuts it into sentences in `language`. Refusals say what is
    /// wrong with the content and where, never quoting it.
    init(
        name: String, content: String, format: UploadFormat, language: String,
        reflow: ReflowChoice = .auto
    ) throws(ProjectStoreError) {
        guard let segmentationLanguage = SegmentationLanguage(bcp47: language) else {
            throw .invalidInput(
                reason: "source language \(Self.shown(language)) cannot be segmented; use one of "
                    + SegmentationLanguage.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let decoded: Document
        do {
            decoded = try Document(name: name, source: name, utf8: content.utf8, maxLineLength: Document.defaultMaxLineLength)
        } catch {
            throw .invalidInput(reason: error.description)
        }
        if decoded.units.allSatisfy(TextWraps.isSpace) {
            throw .invalidInput(reason: "\(name): the content is empty; upload a transcript with text in it")
        }
        // The same rule as every command that reads a text file: text that displays differently
        // from what it holds is refused, with the position in the upload as sent.
        do {
            try decoded.requireBalancedBidi()
        } catch {
            let reason = if case let .unbalancedBidi(bidi) = error { bidi.position } else { error.description }
            throw .invalidInput(reason: reason + "; close or remove the bidi controls and upload it again")
        }
        let document: Document
        var timed: TimedText?
        switch format {
        case .text:
            document = decoded
        case .srt, .webvtt:
            let read: (format: SubtitleFormat, cues: [SubtitleCue])
            do {
                read = try SubtitleReader.read(text: content, name: name)
            } catch {
                throw .invalidInput(reason: error.description)
            }
            if format == .webvtt && read.format != .webvtt {
                throw .invalidInput(reason: "\(name): a WebVTT file must start with the line WEBVTT; upload it as SRT if it is one")
            }
            if format == .srt && read.format != .srt {
                throw .invalidInput(reason: "\(name): the content starts with WEBVTT; upload it as WebVTT")
            }
            let cues = TimedText(cues: read.cues)
            guard !cues.text.utf16.allSatisfy(TextWraps.isSpace) else {
                throw .invalidInput(reason: "\(name): the subtitle file has no cue text")
            }
            timed = cues
            document = cues.document(name: name)
        }
        let reflows =
            switch reflow {
            case .on: true
            case .off: false
            case .auto: format != .text || !SentenceSegmenter.looksLikeOneSegmentPerLine(document)
            }
        reflowed = reflows
        let segments: [Segment]
        do {
            segments = try SentenceSegmenter(language: segmentationLanguage, reflow: reflows).segment(document).segments
        } catch {
            throw .invalidInput(reason: "\(name): the text could not be segmented: \(error.description)")
        }
        let ranges = segments.map(\.range)
        let times = timed?.timeRanges(of: ranges) ?? Array(repeating: nil, count: ranges.count)
        pieces = zip(ranges, times).map { range, time in
            Piece(range: range, time: time, speaker: timed?.speaker(at: range))
        }
        units = document.units
        text = document.text
    }

    /// A user-given value for a message: short, on one line.
    static func shown(_ value: String) -> String {
        let cleaned = value.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        return "\"" + (cleaned.count > 40 ? String(cleaned.prefix(40)) + "…" : cleaned) + "\""
    }
}
