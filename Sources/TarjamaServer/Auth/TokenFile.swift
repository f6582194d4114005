import Foundation

/// The bearer tokens the service accepts, read from a text file (`--tokens FILE`).
///
/// One token per line: `ROLE USER TOKEN`, separated by spaces or tabs, where ROLE is reader,
/// translator or admin, USER a name without spaces (recorded as the editor of a segment) and TOKEN
/// at least 16 visible ASCII characters. Blank lines and lines starting with `#` are skipped.
public struct TokenFile: Sendable {
    /// The shortest token accepted: anything shorter is guessable.
    public static let minimumTokenLength = 16

    private let principals: [String: Principal]

    /// The number of tokens.
    public var count: Int { principals.count }

    /// Reads and checks the file at `path`.
    public init(path: String) throws(ServerSetupError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .tokens(file: path, line: 0, reason: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .tokens(file: path, line: 0, reason: "the file is not UTF-8")
        }
        try self.init(text: text, file: path)
    }

    /// Parses the text of a token file; `file` names it in errors.
    public init(text: String, file: String) throws(ServerSetupError) {
        var principals: [String: Principal] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if content.isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 3 else {
                throw .tokens(file: file, line: line, reason: "expected ROLE USER TOKEN, found \(fields.count) field(s)")
            }
            guard let role = Role(rawValue: String(fields[0])) else {
                throw .tokens(file: file, line: line, reason: "the role must be reader, translator or admin")
            }
            let token = String(fields[2])
            guard token.count >= Self.minimumTokenLength,
                token.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 })
            else {
                throw .tokens(
                    file: file, line: line,
                    reason: "the token must be at least \(Self.minimumTokenLength) visible ASCII characters")
            }
            guard principals[token] == nil else {
                throw .tokens(file: file, line: line, reason: "the same token is given twice")
            }
            principals[token] = Principal(user: String(fields[1]), role: role)
        }
        guard !principals.isEmpty else { throw .tokens(file: file, line: 0, reason: "the file holds no token") }
        self.principals = principals
    }

    /// The holder of `token`, nil when it is not in the file.
    ///
    /// Every stored token is compared in full, so the time taken does not tell how close a guess was.
    public func principal(for token: Substring) -> Principal? {
        var found: Principal?
        let candidate = Array(token.utf8)
        for (known, principal) in principals where Self.constantTimeEquals(Array(known.utf8), candidate) {
            found = principal
        }
        return found
    }

    private static func constantTimeEquals(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        var difference = UInt8(first.count == second.count ? 0 : 1)
        for index in 0..<max(first.count, second.count) {
            let a = index < first.count ? first[index] : 0
            let b = index < second.count ? second[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
