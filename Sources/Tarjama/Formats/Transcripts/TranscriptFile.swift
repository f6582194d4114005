public import TarjamaText

/// A transcript read for segmentation: its text as a ``Document`` and, for a subtitle file, the
/// cues behind it, so each segment can carry the time span it is spoken in.
///
/// A subtitle file's document is its cue text joined by line feeds (cue numbers, timing lines
/// and markup removed), so a sentence may run across cues and a cue may hold two sentences;
/// segment offsets then count UTF-16 units of that cue text, as the service's do.
public struct TranscriptFile: Sendable {
    /// The text to segment.
    public let document: Document
    /// The cues, for a subtitle file; nil for plain text.
    public let timing: TimedText?

    /// Reads `path` (`-` is standard input) as `format` (``TranscriptFormat/auto`` decides by
    /// extension). The bytes pass the same checks as every text input (UTF-8, NUL, line length,
    /// balanced bidi controls) before the subtitle structure is read.
    public static func read(contentsOf path: String, format: TranscriptFormat = .auto) throws(TranscriptFileError) -> TranscriptFile {
        let raw: Document
        do {
            raw = try Document.read(contentsOf: path)
        } catch {
            throw .input(error)
        }
        return try parse(raw, format: format.resolved(forPath: path))
    }

    /// Reads UTF-8 bytes already in memory (an upload) as `format` (``TranscriptFormat/auto``
    /// decides by `label`'s extension), with the checks of ``read(contentsOf:format:)``;
    /// messages call the input `label`.
    public static func read(
        utf8 bytes: some Collection<UInt8>, name: String, label: String,
        format: TranscriptFormat = .auto
    ) throws(TranscriptFileError) -> TranscriptFile {
        let raw: Document
        do {
            raw = try Document.read(utf8: bytes, name: name, source: label)
        } catch {
            throw .input(error)
        }
        return try parse(raw, format: format.resolved(forPath: label))
    }

    private static func parse(_ raw: Document, format resolved: TranscriptFormat) throws(TranscriptFileError) -> TranscriptFile {
        guard resolved == .srt || resolved == .webvtt else { return TranscriptFile(document: raw, timing: nil) }
        let label = raw.source
        let read: (format: SubtitleFormat, cues: [SubtitleCue])
        do {
            read = try SubtitleReader.read(text: raw.text, name: label)
        } catch {
            throw .subtitle(error)
        }
        let found: TranscriptFormat = read.format == .webvtt ? .webvtt : .srt
        guard found == resolved else { throw .formatMismatch(file: label, declared: resolved, found: found) }
        let timing = TimedText(cues: read.cues)
        guard !timing.text.utf16.allSatisfy(TextWraps.isSpace) else { throw .noCueText(file: label) }
        var document = Document(name: raw.name, text: timing.text)
        document.source = label
        return TranscriptFile(document: document, timing: timing)
    }

    /// Each segment's time span (nil for plain text, or where no cue lies before it).
    public func times(of segmented: SegmentedDocument) -> [TimeRange?]? {
        timing?.timeRanges(of: segmented.segments.map(\.range))
    }
}
