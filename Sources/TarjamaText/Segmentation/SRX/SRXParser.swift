/// Reads SRX 2.0 over the strict ``XMLPullParser``: a document that is cut off or not
/// well-formed is refused with its line, and entity declarations (external ones could read
/// another file, nested ones expand without bound) are refused wherever they are, in any
/// encoding the parser reads (UTF-8 or UTF-16).
struct SRXParser {
    let source: String

    init(source: String) { self.source = source }

    func parse(_ bytes: [UInt8]) throws(SRXError) -> SRXRules {
        let parser = XMLPullParser(name: source, bytes: bytes)
        do {
            return try read(parser)
        } catch let error as SRXError {
            throw error
        } catch let error as XMLError {
            throw Self.srxError(error, file: source)
        } catch {
            throw .malformed(file: source, line: parser.eventLine, reason: "\(error)")
        }
    }

    private func read(_ parser: XMLPullParser) throws -> SRXRules {
        var ruleSets: [String: [SRXRule]] = [:]
        var languageMaps: [SRXRules.LanguageMap] = []
        var cascade = false
        var currentSet: String?
        var currentRule: SRXRule?
        var text: String?

        guard case let .start(rootName, rootAttributes)? = try parser.next() else {
            throw SRXError.notSRX(file: source, reason: "the root element is not <srx>")
        }
        guard Self.localName(rootName) == "srx" else {
            throw SRXError.notSRX(file: source, reason: "the root element is <\(Self.localName(rootName))>, not <srx>")
        }
        if let version = rootAttributes["version"], version != "2.0" {
            throw SRXError.notSRX(file: source, reason: "version \(version); only SRX 2.0 is read")
        }
        while let event = try parser.next() {
            switch event {
            case let .start(name, attributes):
                switch Self.localName(name) {
                case "header":
                    cascade = attributes["cascade"]?.lowercased() == "yes"
                case "languagerule":
                    let setName = attributes["languagerulename"] ?? ""
                    currentSet = setName
                    if ruleSets[setName] == nil { ruleSets[setName] = [] }
                case "rule":
                    currentRule = SRXRule(
                        breaks: attributes["break"]?.lowercased() != "no", beforeBreak: "", afterBreak: "",
                        line: parser.eventLine)
                case "beforebreak", "afterbreak":
                    text = ""
                case "languagemap":
                    languageMaps.append(
                        .init(pattern: attributes["languagepattern"] ?? "", ruleSetName: attributes["languagerulename"] ?? ""))
                default:
                    break
                }
            case let .text(piece):
                if text != nil { text? += piece }
            case let .end(name):
                switch Self.localName(name) {
                case "beforebreak":
                    currentRule?.beforeBreak = text ?? ""
                    text = nil
                case "afterbreak":
                    currentRule?.afterBreak = text ?? ""
                    text = nil
                case "rule":
                    if let rule = currentRule, let set = currentSet { ruleSets[set, default: []].append(rule) }
                    currentRule = nil
                case "languagerule":
                    currentSet = nil
                default:
                    break
                }
            }
        }
        return SRXRules(ruleSets: ruleSets, languageMaps: languageMaps, cascade: cascade, source: source)
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// The XML reader's refusal in SRX's terms: any entity is an entity declaration refused.
    static func srxError(_ error: XMLError, file: String) -> SRXError {
        switch error {
        case let .unsafe(_, line, _, _): .entityDeclaration(file: file, line: line)
        case let .cannotRead(_, reason): .unreadable(file: file, reason: reason)
        case let .invalidUTF8(_, line, column): .malformed(file: file, line: line, reason: "invalid UTF-8 at column \(column)")
        case let .malformed(_, line, column, reason): .malformed(file: file, line: line, reason: "column \(column): \(reason)")
        case let .truncated(_, line, column, reason):
            .malformed(file: file, line: line, reason: "column \(column): the file is cut off: \(reason)")
        }
    }
}
