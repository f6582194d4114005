public import Foundation
import TarjamaText

/// Reads TBX glossaries: TBX v3 (ISO 30042:2019, `tbx`/`conceptEntry`/`langSec`/`termSec`) and
/// TBX 2008 (`martif`/`termEntry`/`langSet`/`tig`), Basic or core.
///
/// Each concept becomes an entry. On the source side the preferred term (or the first) is the
/// source and the others its variants; on the target side the preferred term (or the first that
/// is not deprecated) is the rendering, admitted terms alternatives, deprecated or superseded
/// terms forbidden. A concept-level `descrip type="subjectField"` naming a Tarjama type (person,
/// place, ...) is the type; `note` or `descrip type="definition"` the note;
/// `descrip type="x-tarjama-context"` the context rules (``TermContext``).
///
/// Safety: read with the strict ``XMLPullParser``, as TMX and XLIFF are: a document cut off or
/// not well-formed is refused with its line and column, and entity declarations are refused
/// (external entities are never fetched), in UTF-8 or UTF-16 alike.
///
/// Language selection is strict: both languages must occur in the file, or nothing is read and
/// the error lists the languages it has; concepts lacking either side are counted
/// (``Reading/skipped``), never imported half.
public enum TBXReader {
    /// What one file gave: the entries, and the concepts without a term on one side.
    public struct Reading: Sendable {
        public var rows: [GlossaryTSV.Row]
        /// Concepts with no term in the source or no usable rendering in the target language.
        public var skipped: Int
        /// The languages of the file, in document order.
        public var languages: [String]
    }

    /// Reads `path`; `sourceLanguage` and `targetLanguage` are BCP 47 tags matched by prefix.
    public static func read(path: String, sourceLanguage: String = "ar", targetLanguage: String = "en") throws(GlossaryError)
        -> [GlossaryTSV.Row]
    {
        try reading(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage).rows
    }

    /// Reads `path` and says what was left out.
    public static func reading(path: String, sourceLanguage: String = "ar", targetLanguage: String = "en") throws(GlossaryError)
        -> Reading
    {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return try reading(utf8: [UInt8](data), file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// Parses TBX bytes that `file` names in errors.
    public static func parse(_ data: Data, file: String, sourceLanguage: String = "ar", targetLanguage: String = "en") throws(GlossaryError)
        -> [GlossaryTSV.Row]
    {
        try reading(utf8: [UInt8](data), file: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage).rows
    }

    /// Parses TBX bytes already in memory (an upload; UTF-8, or UTF-16 with a BOM or an XML
    /// declaration) that `file` names in errors.
    public static func parse(utf8 bytes: [UInt8], file: String, sourceLanguage: String = "ar", targetLanguage: String = "en")
        throws(GlossaryError) -> [GlossaryTSV.Row]
    {
        try reading(utf8: bytes, file: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage).rows
    }

    /// Parses TBX bytes already in memory and says what was left out.
    public static func reading(utf8 bytes: [UInt8], file: String, sourceLanguage: String = "ar", targetLanguage: String = "en")
        throws(GlossaryError) -> Reading
    {
        if GlossaryFileText.isBlank(bytes) { throw .empty(file: file) }
        let parser = XMLPullParser(name: file, bytes: bytes)
        var concepts = TBXConcepts()
        do {
            guard case let .start(root, _)? = try parser.next() else {
                throw GlossaryError.malformed(file: file, line: 1, column: 1, reason: "no XML element; is this a TBX file?")
            }
            guard root == "tbx" || root == "martif" else {
                throw GlossaryError.malformed(
                    file: file, line: 1, column: 1, reason: "the root element is <\(root.prefix(40))>, not <tbx> or <martif>")
            }
            while let event = try parser.next() {
                switch event {
                case let .start(name, attributes): concepts.start(name, attributes: attributes, line: parser.eventLine)
                case let .text(text): concepts.characters(text)
                case let .end(name): concepts.end(name)
                }
            }
        } catch let error as GlossaryError {
            throw error
        } catch let error as XMLError {
            throw glossaryError(error)
        } catch {
            throw .malformed(file: file, line: parser.eventLine, column: parser.eventColumn, reason: "\(error)")
        }
        for language in [sourceLanguage, targetLanguage] where !concepts.languages.contains(where: { matches($0, language) }) {
            throw .languageNotInFile(file: file, language: language, found: concepts.languages.map { String($0.prefix(20)) })
        }
        let rows = try entries(concepts.concepts, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, file: file)
        return Reading(rows: rows, skipped: concepts.concepts.count - rows.count, languages: concepts.languages)
    }

    /// The XML reader's refusal in the glossary's terms (same file, line and column).
    static func glossaryError(_ error: XMLError) -> GlossaryError {
        switch error {
        case let .cannotRead(file, reason): .cannotRead(file: file, reason: reason)
        case let .invalidUTF8(file, line, column):
            .malformed(file: file, line: line, column: column, reason: "invalid UTF-8; save the file as UTF-8")
        case let .malformed(file, line, column, reason): .malformed(file: file, line: line, column: column, reason: reason)
        case let .truncated(file, line, column, _): .truncated(file: file, line: line, column: column)
        case let .unsafe(file, line, column, reason): .unsafe(file: file, line: line, column: column, reason: reason)
        }
    }

    static func matches(_ tag: String, _ wanted: String) -> Bool {
        LanguageTag.matches(tag, range: wanted)
    }

    static func entries(
        _ concepts: [TBXConcepts.Concept], sourceLanguage source: String, targetLanguage target: String, file: String
    ) throws(GlossaryError) -> [GlossaryTSV.Row] {
        var rows: [GlossaryTSV.Row] = []
        for concept in concepts {
            let sourceTerms = concept.terms.filter { matches($0.language, source) }
            let targetTerms = concept.terms.filter { matches($0.language, target) }
            guard let main = sourceTerms.first(where: { $0.status == .preferred }) ?? sourceTerms.first,
                let rendering = targetTerms.first(where: { $0.status == .preferred })
                    ?? targetTerms.first(where: { $0.status != .deprecated })
            else { continue }
            var entry = GlossaryEntry(source: main.text, target: rendering.text)
            entry.variants = sourceTerms.filter { $0.text != main.text }.map(\.text)
            entry.alternatives = targetTerms.filter { $0.text != rendering.text && $0.status != .deprecated }.map(\.text)
            entry.forbidden = targetTerms.filter { $0.text != rendering.text && $0.status == .deprecated }.map(\.text)
            entry.type = concept.subjectField.flatMap { TermType(rawValue: $0.lowercased()) } ?? .term
            entry.note = concept.note ?? concept.definition ?? ""
            if let context = concept.context {
                do throws(TermContext.ParseError) {
                    entry.context = try TermContext(parsing: context)
                } catch {
                    throw .invalidValue(file: file, line: concept.line, column: "context", reason: error.reason)
                }
            }
            rows.append(GlossaryTSV.Row(entry: entry, line: concept.line))
        }
        return rows
    }
}

/// Collects concepts from the XML events.
struct TBXConcepts {
    enum Status { case preferred, admitted, deprecated, unspecified }
    struct Term {
        var language: String
        var text = ""
        var status = Status.unspecified
    }
    struct Concept {
        var line: Int
        var terms: [Term] = []
        var subjectField: String?
        var note: String?
        var definition: String?
        var context: String?
    }

    var concepts: [Concept] = []
    var languages: [String] = []

    private var concept: Concept?
    private var language: String?
    private var term: Term?
    private var text = ""
    private var capturing: String?
    private var descripType: String?
    private var noteType: String?

    mutating func start(_ name: String, attributes: [XMLAttribute], line: Int) {
        switch name {
        case "conceptEntry", "termEntry":
            concept = Concept(line: line)
        case "langSec", "langSet":
            language = attributes["xml:lang"] ?? attributes["lang"]
            if let language, !languages.contains(language) { languages.append(language) }
        case "termSec", "tig", "ntig":
            if let language { term = Term(language: language) }
        case "term":
            if term == nil, let language { term = Term(language: language) }
            capture(name)
        case "termNote":
            noteType = attributes["type"]
            capture(name)
        case "descrip":
            descripType = attributes["type"]
            capture(name)
        case "note":
            capture(name)
        default:
            break
        }
    }

    private mutating func capture(_ name: String) {
        capturing = name
        text = ""
    }

    mutating func characters(_ string: String) {
        if capturing != nil { text += string }
    }

    mutating func end(_ name: String) {
        let value = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch name {
        case "term":
            term?.text = value
            capturing = nil
        case "termNote":
            if noteType == "administrativeStatus" || noteType == "normativeAuthorization" {
                switch value {
                case let status where status.hasPrefix("preferred"): term?.status = .preferred
                case let status where status.hasPrefix("admitted"): term?.status = .admitted
                case let status where status.hasPrefix("deprecated") || status.hasPrefix("superseded"): term?.status = .deprecated
                default: break
                }
            }
            capturing = nil
        case "descrip":
            if term == nil, language == nil {
                if descripType == "subjectField" { concept?.subjectField = value }
                if descripType == "definition", concept?.definition == nil { concept?.definition = value }
                if descripType == TBXWriter.contextType { concept?.context = value }
            }
            capturing = nil
        case "note":
            if term == nil, language == nil, concept?.note == nil { concept?.note = value }
            capturing = nil
        case "termSec", "tig", "ntig":
            if let term, !term.text.isEmpty { concept?.terms.append(term) }
            term = nil
        case "langSec", "langSet":
            if let term, !term.text.isEmpty { concept?.terms.append(term) }
            term = nil
            language = nil
        case "conceptEntry", "termEntry":
            if let concept { concepts.append(concept) }
            concept = nil
        default:
            break
        }
    }
}
