public import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads TBX glossaries: TBX v3 (ISO 30042:2019, `tbx`/`conceptEntry`/`langSec`/`termSec`) and
/// TBX 2008 (`martif`/`termEntry`/`langSet`/`tig`), Basic or core.
///
/// Each concept becomes an entry. On the source side the preferred term (or the first) is the
/// source and the others its variants; on the target side the preferred term (or the first that
/// is not deprecated) is the rendering, admitted terms alternatives, deprecated or superseded
/// terms forbidden. A concept-level `descrip type="subjectField"` naming a Tarjama type (person,
/// place, ...) is the type; `note` or `descrip type="definition"` the note;
/// `descrip type="x-tarjama-context"` the context rules (``TermContext``). When the file has no
/// term in the source language and exactly two languages, they are taken in document order
/// (translate-toolkit's csv2tbx writes `en` and `xx`).
///
/// Safety: Foundation's parser on Linux returns success for truncated documents, so the reader
/// checks `parserError` and that the root element closed. Entity declarations are refused
/// (external entities are never fetched).
public enum TBXReader {
    /// Reads `path`; `sourceLanguage` and `targetLanguage` are BCP 47 tags matched by prefix.
    public static func read(path: String, sourceLanguage: String = "ar", targetLanguage: String = "en") throws(GlossaryError) -> [GlossaryTSV.Row] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        if GlossaryFileText.isBlank(data) { throw .empty(file: path) }
        return try parse(data, file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// Parses TBX bytes that `file` names in errors.
    public static func parse(_ data: Data, file: String, sourceLanguage: String = "ar", targetLanguage: String = "en") throws(GlossaryError) -> [GlossaryTSV.Row] {
        if let position = entityDeclaration(in: data) {
            throw .unsafe(file: file, line: position.line, column: position.column,
                          reason: "the file declares entities (<!ENTITY); TBX files do not need them")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = TBXParserDelegate()
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let refusal = delegate.refusal {
            throw .unsafe(file: file, line: refusal.line, column: refusal.column, reason: refusal.reason)
        }
        if let problem = delegate.problem {
            throw .malformed(file: file, line: problem.line, column: problem.column, reason: problem.reason)
        }
        if let error = parser.parserError ?? (succeeded ? nil : NSError(domain: XMLParser.errorDomain, code: 1)) {
            let code = (error as NSError).code
            // 5: premature end of document; 77: tag name mismatch at the end; 76: unclosed tag.
            if code == 5 || !delegate.rootClosed && delegate.depth > 0 {
                throw .truncated(file: file, line: parser.lineNumber, column: parser.columnNumber)
            }
            if code == 26 || code == 89 {
                throw .unsafe(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: "undeclared or recursive entities")
            }
            throw .malformed(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: "not well-formed XML (parser error \(code))")
        }
        guard delegate.sawRoot else {
            throw .malformed(file: file, line: 1, column: 1, reason: "no XML element; is this a TBX file?")
        }
        guard delegate.rootClosed else {
            throw .truncated(file: file, line: parser.lineNumber, column: parser.columnNumber)
        }
        guard delegate.rootName == "tbx" || delegate.rootName == "martif" else {
            throw .malformed(file: file, line: 1, column: 1, reason: "the root element is <\(delegate.rootName.prefix(40))>, not <tbx> or <martif>")
        }
        return try entries(delegate.concepts, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, languages: delegate.languages, file: file)
    }

    /// Where the first `<!ENTITY` declaration starts, if any. Checked on the bytes before parsing
    /// because Foundation's parser on Linux neither reports the declaration nor fails on the
    /// reference; an entity declaration has no business in a glossary.
    static func entityDeclaration(in data: Data) -> (line: Int, column: Int)? {
        let needle = Array("<!ENTITY".utf8)
        let bytes = [UInt8](data)
        guard bytes.count >= needle.count else { return nil }
        var line = 1, lineStart = 0
        for index in 0...(bytes.count - needle.count) {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            if bytes[index] == 0x3C, Array(bytes[index..<(index + needle.count)]) == needle {
                return (line, String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1)
            }
        }
        return nil
    }

    static func matches(_ tag: String, _ wanted: String) -> Bool {
        let tag = tag.lowercased(), wanted = wanted.lowercased()
        return tag == wanted || tag.hasPrefix(wanted + "-") || tag.hasPrefix(wanted + "_")
    }

    static func entries(_ concepts: [TBXParserDelegate.Concept], sourceLanguage: String, targetLanguage: String,
                        languages: [String], file: String) throws(GlossaryError) -> [GlossaryTSV.Row] {
        var source = sourceLanguage, target = targetLanguage
        if !languages.contains(where: { matches($0, sourceLanguage) }), languages.count == 2 {
            source = languages[0]
            target = languages[1]
        }
        var rows: [GlossaryTSV.Row] = []
        for concept in concepts {
            let sourceTerms = concept.terms.filter { matches($0.language, source) }
            let targetTerms = concept.terms.filter { matches($0.language, target) }
            guard let main = sourceTerms.first(where: { $0.status == .preferred }) ?? sourceTerms.first,
                  let rendering = targetTerms.first(where: { $0.status == .preferred }) ?? targetTerms.first(where: { $0.status != .deprecated }) else { continue }
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

/// Collects concepts from the XML events; refuses entity declarations.
final class TBXParserDelegate: NSObject, XMLParserDelegate {
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
    struct Position {
        var line: Int
        var column: Int
        var reason: String
    }

    var concepts: [Concept] = []
    var languages: [String] = []
    var refusal: Position?
    var problem: Position?
    var depth = 0
    var sawRoot = false
    var rootClosed = false
    var rootName = ""

    private var concept: Concept?
    private var language: String?
    private var term: Term?
    private var text = ""
    private var capturing: String?
    private var descripType: String?
    private var noteType: String?
    private var langSecDepth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if depth == 0 {
            if sawRoot {
                problem = Position(line: parser.lineNumber, column: parser.columnNumber, reason: "a second root element")
                parser.abortParsing()
            }
            sawRoot = true
            rootName = name
        }
        depth += 1
        switch name {
        case "conceptEntry", "termEntry":
            concept = Concept(line: parser.lineNumber)
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

    private func capture(_ name: String) {
        capturing = name
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
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

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse(parser, "the file declares an external entity; TBX files do not need one")
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(parser, "the file declares entities; TBX files do not need them")
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?) {
        refuse(parser, "the file declares an unparsed entity")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse(parser, "the file refers to an external entity")
        return nil
    }

    private func refuse(_ parser: XMLParser, _ reason: String) {
        if refusal == nil { refusal = Position(line: parser.lineNumber, column: parser.columnNumber, reason: reason) }
        parser.abortParsing()
    }
}
