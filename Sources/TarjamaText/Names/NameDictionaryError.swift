/// Why a name dictionary file could not be read. Messages name the file and line, never its text.
public enum NameDictionaryError: Error, CustomStringConvertible, Sendable, Equatable {
    case missingHeader(file: String, line: Int)
    case badLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .missingHeader(file, line):
            "\(file):\(line): expected the header line 'arabic<TAB>english<TAB>kind<TAB>ordinary'"
        case let .badLine(file, line, reason):
            "\(file):\(line): \(reason)"
        }
    }
}
