/// Why an SRX rule file was refused. Messages name the file and line.
public enum SRXError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The XML is malformed or cut off.
    case malformed(file: String, line: Int, reason: String)
    /// The file declares entities; SRX needs none, and external ones could read other files.
    case entityDeclaration(file: String, line: Int)
    /// The root element is not `<srx>` or the version is not 2.0.
    case notSRX(file: String, reason: String)
    /// A rule's pattern is not a valid ICU regular expression.
    case badPattern(file: String, line: Int, offset: Int, reason: String)
    /// A language map names a rule set the file does not define.
    case unknownRuleSet(file: String, name: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot read the SRX file: \(reason)"
        case let .malformed(file, line, reason):
            "\(file):\(line): the SRX file is not well-formed XML: \(reason)"
        case let .entityDeclaration(file, line):
            "\(file):\(line): the SRX file declares XML entities, which are refused for safety; remove the DOCTYPE"
        case let .notSRX(file, reason):
            "\(file): not an SRX 2.0 file: \(reason)"
        case let .badPattern(file, line, offset, reason):
            "\(file):\(line): a rule's regular expression is invalid at offset \(offset): \(reason)"
        case let .unknownRuleSet(file, name):
            "\(file): a languagemap names the rule set \"\(name)\", which the file does not define"
        }
    }
}
