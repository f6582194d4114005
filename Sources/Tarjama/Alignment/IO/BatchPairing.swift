import TarjamaText
import Foundation

/// Pairs the files of a source and a target directory by name, for `tarjama align --batch`.
public enum BatchPairing {
    /// The outcome: matched paths, and names found on one side only.
    public struct Pairs: Sendable {
        public var pairs: [(source: String, target: String)]
        public var sourceOnly: [String]
        public var targetOnly: [String]
    }

    /// Pairs regular, non-hidden files with the same name, or with the same name once a
    /// language tag is removed (`report.ar.txt` ↔ `report.en.txt`); sorted by name.
    public static func pair(
        sourceDirectory: String, targetDirectory: String,
        sourceLanguage: String, targetLanguage: String
    ) throws(AlignmentInputError) -> Pairs {
        let sources = try files(in: sourceDirectory), targets = try files(in: targetDirectory)
        var targetByKey: [String: String] = [:]
        for name in targets { targetByKey[key(name, language: targetLanguage)] = name }
        var result = Pairs(pairs: [], sourceOnly: [], targetOnly: [])
        var used = Set<String>()
        for name in sources {
            if let target = targetByKey[key(name, language: sourceLanguage)] {
                result.pairs.append((sourceDirectory + "/" + name, targetDirectory + "/" + target))
                used.insert(target)
            } else {
                result.sourceOnly.append(name)
            }
        }
        result.targetOnly = targets.filter { !used.contains($0) }
        return result
    }

    private static func key(_ name: String, language: String) -> String {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.filter { $0.lowercased() != language.lowercased() }.joined(separator: ".")
    }

    private static func files(in directory: String) throws(AlignmentInputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else {
            throw .text(.unreadable(file: directory, reason: "not a readable directory"))
        }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }
}
