import Foundation

/// Where the glossary comes from when no `--glossary` is given, so that `tarjama suggest` works
/// the same from any working directory: `Glossaries/` in the working directory (a desk's own
/// folder) first, then the glossary shipped with the binary: installed beside it
/// (`<prefix>/share/tarjama/Glossaries` for `<prefix>/bin/tarjama`), or in the checkout it was
/// built in (`.build/<triple>/<configuration>/tarjama` four levels under the repository).
enum ShippedGlossary {
    /// The folder name, in the working directory and in the repository.
    static let folderName = "Glossaries"

    /// The first default glossary folder that exists, or nil.
    static func directory() -> String? {
        candidates().first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The glossary folder to use without `--glossary`; `Glossaries/` (which then fails with a
    /// message naming it) when none exists.
    static func defaultPath() -> String { directory() ?? folderName + "/" }

    static func candidates() -> [String] {
        var candidates = [folderName]
        let binary = URL(fileURLWithPath: CommandLine.arguments.first ?? "tarjama").resolvingSymlinksInPath()
        var directory = binary.deletingLastPathComponent()
        candidates.append(directory.deletingLastPathComponent().appendingPathComponent("share/tarjama/\(folderName)").path)
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent(folderName).path)
            directory.deleteLastPathComponent()
        }
        return candidates
    }
}
