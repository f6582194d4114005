import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads SRX 2.0 with Foundation's `XMLParser`, which on Linux returns `true` for truncated or
/// malformed input: success means no `parserError` *and* a closed root element. Entity
/// declarations are refused outright, so neither external entities nor expansion bombs reach us.
final class SRXParser: NSObject, XMLParserDelegate {
    private let source: String
    private var ruleSets: [String: [SRXRule]] = [:]
    private var ruleSetOrder: [String] = []
    private var languageMaps: [SRXRules.LanguageMap] = []
    private var cascade = false
    private var sawRoot = false
    private var rootClosed = false
    private var failure: SRXError?
    private var currentSet: String?
    private var currentRule: SRXRule?
    private var textTarget: TextTarget?
    private var textBuffer = ""

    private enum TextTarget { case before, after }

    init(source: String) { self.source = source }

    func parse(_ data: Data) throws(SRXError) -> SRXRules {
        // Foundation on Linux does not report entity declarations to the delegate, so they are
        // refused before parsing: SRX needs none, and an external one could read another file.
        if let line = Self.lineOfEntityDeclaration(in: data) { throw .entityDeclaration(file: source, line: line) }
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let finished = parser.parse()
        if let failure { throw failure }
        if let error = parser.parserError ?? (finished ? nil : NSError(domain: "XMLParser", code: 0)) {
            throw .malformed(file: source, line: parser.lineNumber, reason: (error as NSError).localizedDescription)
        }
        guard sawRoot else { throw .notSRX(file: source, reason: "the root element is not <srx>") }
        guard rootClosed else { throw .malformed(file: source, line: parser.lineNumber, reason: "the file ends before </srx>") }
        return SRXRules(ruleSets: ruleSets, languageMaps: languageMaps, cascade: cascade, source: source)
    }

    static func lineOfEntityDeclaration(in data: Data) -> Int? {
        let marker = Array("<!ENTITY".utf8)
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            guard bytes.count >= marker.count else { return nil }
            var line = 1
            for index in 0...(bytes.count - marker.count) {
                if bytes[index] == 0x0A { line += 1 }
                if bytes[index] == 0x3C, (1..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] }) { return line }
            }
            return nil
        }
    }

    private func fail(_ error: SRXError, _ parser: XMLParser) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = Self.localName(elementName)
        if !sawRoot {
            guard name == "srx" else {
                return fail(.notSRX(file: source, reason: "the root element is <\(name)>, not <srx>"), parser)
            }
            if let version = attributes["version"], version != "2.0" {
                return fail(.notSRX(file: source, reason: "version \(version); only SRX 2.0 is read"), parser)
            }
            sawRoot = true
            return
        }
        switch name {
        case "header":
            cascade = attributes["cascade"]?.lowercased() == "yes"
        case "languagerule":
            let setName = attributes["languagerulename"] ?? ""
            currentSet = setName
            if ruleSets[setName] == nil { ruleSets[setName] = []; ruleSetOrder.append(setName) }
        case "rule":
            currentRule = SRXRule(breaks: attributes["break"]?.lowercased() != "no", beforeBreak: "", afterBreak: "",
                                  line: parser.lineNumber)
        case "beforebreak":
            textTarget = .before
            textBuffer = ""
        case "afterbreak":
            textTarget = .after
            textBuffer = ""
        case "languagemap":
            languageMaps.append(.init(pattern: attributes["languagepattern"] ?? "", ruleSetName: attributes["languagerulename"] ?? ""))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if textTarget != nil { textBuffer += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.localName(elementName) {
        case "beforebreak":
            currentRule?.beforeBreak = textBuffer
            textTarget = nil
        case "afterbreak":
            currentRule?.afterBreak = textBuffer
            textTarget = nil
        case "rule":
            if let rule = currentRule, let set = currentSet { ruleSets[set, default: []].append(rule) }
            currentRule = nil
        case "languagerule":
            currentSet = nil
        case "srx":
            rootClosed = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(.entityDeclaration(file: source, line: parser.lineNumber), parser)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(.entityDeclaration(file: source, line: parser.lineNumber), parser)
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
                systemID: String?, notationName: String?) {
        fail(.entityDeclaration(file: source, line: parser.lineNumber), parser)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil {
            failure = .malformed(file: source, line: parser.lineNumber, reason: (parseError as NSError).localizedDescription)
        }
    }
}
