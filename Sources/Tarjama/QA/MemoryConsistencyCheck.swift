public import TarjamaText
import Foundation

/// The check "same source, another translation in the memory": a pair whose source the memory
/// holds at 100% (spelling-neutral, as lookups match) for the same language pair, with none of
/// those units translated as the pair is (compared as ``TranslationConsistency`` compares two
/// pairs of a file: case, white space, quote style, articles and final punctuation aside).
///
/// Sources under ``TranslationConsistency/minimumKeyLength`` characters are labels translated
/// by context and are left out, as in the file's own consistency check. A warning, since the
/// memory may hold an older house style; the finding names what the memory says.
public struct MemoryConsistencyCheck: Sendable {
    public let memory: TranslationMemory

    public init(memory: TranslationMemory) {
        self.memory = memory
    }

    /// The finding for `record`, if the memory translates its source another way.
    /// - Complexity: one memory lookup (O(*p* + *c* × *n* × *m*), see ``TranslationMemory/lookup(_:codes:context:sourceLanguage:minimum:limit:candidateLimit:)``).
    public func finding(for record: BilingualRecord) throws(QAError) -> TermProblem? {
        let target = record.target.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !target.isEmpty else { return nil }
        let sourceKey: String
        do { sourceKey = TranslationConsistency.key(try ArabicNormalizer.matching.key(for: record.source)) } catch {
            throw .normalization(line: 0, error)
        }
        guard sourceKey.count >= TranslationConsistency.minimumKeyLength else { return nil }
        let matches: [FuzzyMatch]
        do {
            matches = try memory.lookup(
                record.source, codes: record.sourceCodes, sourceLanguage: record.sourceLang, minimum: 100, limit: 5)
        } catch {
            throw .memory(error)
        }
        let identical = matches.filter { match in
            match.percentage >= 100
                && (record.targetLang.map { LanguageTag.matches(match.unit.targetLanguage, range: $0) } ?? true)
        }
        guard let first = identical.first else { return nil }
        let translation = TranslationConsistency.targetKey(record.target)
        guard !identical.contains(where: { TranslationConsistency.targetKey($0.unit.target) == translation }) else { return nil }
        var who: [String] = []
        if let user = first.unit.changedBy ?? first.unit.createdBy { who.append("by \(user)") }
        if let document = first.unit.document { who.append("in \(document)") }
        return .pairFinding(.inconsistentWithMemory, expected: first.unit.target, found: who.isEmpty ? nil : who.joined(separator: " "))
    }
}
