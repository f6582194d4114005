import Foundation

/// Runs libxml2's `xmllint` to validate what the writers produce against the specifications'
/// DTD and XSD files in shared/ref/specs.
public enum XMLLint {
    /// The path of xmllint, or nil when libxml2-utils is not installed.
    public static let path: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Why a validation test is skipped.
    public static let missingReason = "xmllint is not installed (apt-get install libxml2-utils)"

    /// Validates `file` with `arguments` (e.g. `["--dtdvalid", dtd]`); returns xmllint's exit
    /// status and its messages.
    public static func validate(_ file: String, _ arguments: [String]) throws -> (status: Int32, messages: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet"] + arguments + [file]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data.prefix(4000), as: UTF8.self))
    }

    /// Validates against the TMX 1.4b DTD in shared.
    public static func validateTMX(_ file: String) throws -> (status: Int32, messages: String) {
        try validate(file, ["--dtdvalid", SharedData.url("ref/specs/tmx/tmx14.dtd")!.path])
    }

    /// Validates against the XLIFF 2.1 core schema in shared.
    public static func validateXLIFF2(_ file: String) throws -> (status: Int32, messages: String) {
        try validate(file, ["--schema", SharedData.url("ref/specs/xliff-2.1/xliff_core_2.0.xsd")!.path])
    }

    /// Whether both xmllint and `relativePath` in shared are present.
    public static func canValidate(with relativePaths: String...) -> Bool {
        path != nil && relativePaths.allSatisfy(SharedData.has)
    }

    /// Why a validation against `relativePaths` (a schema and what it imports) is skipped.
    public static func skipReason(_ relativePaths: String...) -> String {
        if path == nil { return missingReason }
        return relativePaths.first { !SharedData.has($0) }.map(SharedData.missingReason) ?? ""
    }
}
