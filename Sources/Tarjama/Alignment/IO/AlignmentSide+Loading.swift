public import TarjamaText
import Foundation

/// How an aligner input file holds its segments.
public enum AlignmentInputFormat: String, Sendable, CaseIterable {
    /// Running text, cut into sentences with the project's segmenter.
    case plain
    /// One segment per line; a blank line is a paragraph break.
    case presegmented
    /// Segment JSONL as `tarjama segment --format jsonl` writes it.
    case segmentJSONL = "jsonl"
    /// SRT or WebVTT: the cue text, segmented; each segment keeps its cues' time span.
    case subtitles
}

extension AlignmentSide {
    /// Reads one side of a bitext from `path` (`-` for standard input).
    ///
    /// Plain text is segmented with ``SentenceSegmenter`` for `language` (languages without
    /// rules fall back to one segment per line). An empty file gives an empty side, not an error:
    /// the aligner warns about it.
    public static func read(path: String, language: String, format: AlignmentInputFormat) throws(AlignmentInputError) -> AlignmentSide {
        try read(.file(path), language: language, format: format)
    }

    /// Reads one side of a bitext from a file or from bytes in memory, as
    /// ``read(path:language:format:)`` does; messages name the input by its ``AlignmentInput/label``.
    public static func read(_ input: AlignmentInput, language: String, format: AlignmentInputFormat) throws(AlignmentInputError)
        -> AlignmentSide
    {
        switch format {
        case .segmentJSONL:
            switch input {
            case let .file(path):
                let lines: LineReader
                do { lines = try LineReader(path: path) } catch { throw .format(error) }
                return try readSegmentJSONL(lines, name: Document.documentName(forPath: path), language: language)
            case let .bytes(bytes, name, label):
                return try readSegmentJSONL(LineReader(name: label, bytes: bytes), name: name, language: language)
            }
        case .subtitles:
            let transcript: TranscriptFile
            do {
                switch input {
                case let .file(path): transcript = try TranscriptFile.read(contentsOf: path)
                case let .bytes(bytes, name, label): transcript = try TranscriptFile.read(utf8: bytes, name: name, label: label)
                }
            } catch {
                throw .subtitles(error)
            }
            return try side(of: transcript, language: language)
        case .plain, .presegmented:
            let document: Document
            do {
                switch input {
                case let .file(path): document = try Document.read(contentsOf: path, allowEmpty: true)
                case let .bytes(bytes, name, label): document = try Document.read(utf8: bytes, name: name, source: label, allowEmpty: true)
                }
            } catch {
                throw .text(error)
            }
            if format == .presegmented { return presegmented(document, language: language) }
            guard let segmentationLanguage = SegmentationLanguage(bcp47: language) else {
                return presegmented(document, language: language)
            }
            do {
                let segmenter = try SentenceSegmenter(language: segmentationLanguage)
                return AlignmentSide(segmented: try segmenter.segment(document), language: language)
            } catch {
                throw .segmentation(error)
            }
        }
    }

    /// A side made of a segmented document's segments, ids `<doc>:<n>`; hard wraps inside a
    /// segment become spaces. `times`, parallel to the segments, gives each its time span.
    public init(segmented: SegmentedDocument, language: String, times: [TimeRange?]? = nil) {
        self.init(
            language: language,
            segments: segmented.segments.enumerated().map { index, segment in
                AlignmentSegment(
                    id: segmented.id(of: segment), text: Self.flattened(segmented.text(of: segment)),
                    paragraph: segment.paragraph, time: times.flatMap { index < $0.count ? $0[index] : nil })
            })
    }

    /// An SRT or WebVTT transcript as a side: its cue text cut into sentences (a sentence may
    /// run across cues), each segment with the time span of its cues.
    static func side(of transcript: TranscriptFile, language: String) throws(AlignmentInputError) -> AlignmentSide {
        guard let segmentationLanguage = SegmentationLanguage(bcp47: language) else {
            return presegmented(transcript.document, language: language)
        }
        do {
            let segmented = try SentenceSegmenter(language: segmentationLanguage).segment(transcript.document)
            return AlignmentSide(segmented: segmented, language: language, times: transcript.times(of: segmented))
        } catch {
            throw .segmentation(error)
        }
    }

    /// One segment per non-blank line; blank lines separate paragraphs. Segment n is the n-th
    /// non-blank line. Lines end at LF, CRLF or CR; spaces and tabs (Unicode `Zs` and U+0009)
    /// around a line are trimmed. The lines are found in the UTF-16 buffer directly, and a long
    /// file's strings are made on every core.
    public static func presegmented(_ document: Document, language: String) -> AlignmentSide {
        var lines: [(range: Range<Int>, paragraph: Int)] = []
        var paragraph = 1
        var blankSinceLast = false
        let units = document.units
        var lineStart = 0
        while lineStart <= units.count {
            var lineEnd = lineStart
            while lineEnd < units.count && units[lineEnd] != 0x0A && units[lineEnd] != 0x0D { lineEnd += 1 }
            var next = lineEnd + 1
            if lineEnd < units.count && units[lineEnd] == 0x0D && next < units.count && units[next] == 0x0A { next += 1 }
            var first = lineStart, last = lineEnd
            while first < last && isBlank(units[first]) { first += 1 }
            while last > first && isBlank(units[last - 1]) { last -= 1 }
            if first == last {
                blankSinceLast = true
            } else {
                if blankSinceLast && !lines.isEmpty { paragraph += 1 }
                blankSinceLast = false
                lines.append((first..<last, paragraph))
            }
            lineStart = next
        }
        let name = document.name, piece = 4_096, found = lines
        let pieces = (lines.count + piece - 1) / piece
        let segments = ParallelWork.map(pieces, workers: pieces > 1 ? ParallelWork.defaultWorkers : 1) { _, index in
            (index * piece..<min(found.count, (index + 1) * piece)).map { n in
                AlignmentSegment(id: "\(name):\(n + 1)", text: document.text(in: found[n].range), paragraph: found[n].paragraph)
            }
        }
        return AlignmentSide(language: language, segments: segments.flatMap { $0 })
    }

    /// Whether a UTF-16 unit is a tab or a space separator (`Zs`, all in the BMP).
    @inline(__always)
    static func isBlank(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Reads segment JSONL (`{"id","doc","n","text","paragraph",...}`); `id` falls back to
    /// `<doc>:<n>`, then to `<file>:<line number>`.
    public static func readSegmentJSONL(path: String, language: String) throws(AlignmentInputError) -> AlignmentSide {
        try read(.file(path), language: language, format: .segmentJSONL)
    }

    /// Segment JSONL from `lines`; `name` is the id fallback's document name.
    static func readSegmentJSONL(_ lines: LineReader, name: String, language: String) throws(AlignmentInputError) -> AlignmentSide {
        var segments: [AlignmentSegment] = []
        let path = lines.path
        do {
            while let line = try lines.nextLine() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let value: JSONValue
                do {
                    value = try JSONParser.parse(line)
                } catch {
                    throw FormatError.malformed(
                        file: path, line: lines.lineNumber,
                        column: JSONParser.column(ofByte: error.offset, in: line), reason: error.reason)
                }
                guard let object = value.objectValue, let text = object["text"]?.stringValue else {
                    throw AlignmentInputError.badSegmentRecord(
                        file: path, line: lines.lineNumber,
                        reason: "each line must be a segment object with a string \"text\" field")
                }
                // The rule for every text input: unbalanced bidi controls are refused.
                if let first = BidiAudit(Array(text.utf16)).findings.first {
                    throw AlignmentInputError.badSegmentRecord(
                        file: path, line: lines.lineNumber,
                        reason: "\"text\" at \(first.description); close or remove the bidi controls")
                }
                let id =
                    object["id"]?.stringValue
                    ?? object["doc"]?.stringValue.flatMap { doc in object["n"]?.intValue.map { "\(doc):\($0)" } }
                    ?? "\(name):\(segments.count + 1)"
                segments.append(AlignmentSegment(id: id, text: flattened(text), paragraph: object["paragraph"]?.intValue ?? 1))
            }
        } catch let error as FormatError {
            throw .format(error)
        } catch let error as AlignmentInputError {
            throw error
        } catch {
            throw .badSegmentRecord(file: path, line: 0, reason: "\(error)")
        }
        return AlignmentSide(language: language, segments: segments)
    }

    /// Line breaks inside a segment (hard wraps) as single spaces.
    static func flattened(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline }) else { return text }
        return text.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
