public import TarjamaText

/// Everything `tarjama check` runs on a bilingual file, for the CLI and the service alike: the
/// glossary's term, number and date checks (``TermChecker``, when a glossary is given), the
/// segment checks (``SegmentChecker``), and each pair's recorded ignores (``QAIgnore``).
///
/// Feed records in order with ``check(_:line:)``, then call ``finish()``; ``ignored`` counts
/// the findings the file's ignores silenced.
public final class QAChecker {
    public let terms: TermChecker?
    public private(set) var segments: SegmentChecker
    /// Findings silenced by a `qaIgnore` entry so far.
    public private(set) var ignored = 0
    /// Each pair's ignores, for the cross-file findings, which name a pair only at ``finish()``.
    private var ignoresByID: [String: [QAIgnore]] = [:]

    /// The memory the pairs are checked against, when one is given.
    public let memory: MemoryConsistencyCheck?
    private var pairs = 0

    public init(terms: TermChecker?, segments: SegmentChecker = SegmentChecker(), memory: MemoryConsistencyCheck? = nil) {
        self.terms = terms
        self.segments = segments
        self.memory = memory
    }

    /// The findings of one record that its ignores leave (line = its line in the file).
    public func check(_ record: BilingualRecord, line: Int) throws(QAError) -> [TermProblem] {
        let ignores: [QAIgnore]
        do { ignores = try QAIgnore.ignores(of: record, line: line) } catch { throw .ignore(error) }
        if !ignores.isEmpty { ignoresByID[record.id, default: []] += ignores }
        var findings: [TermProblem]
        pairs += 1
        do {
            findings = try segments.check(record, line: line)
            if let terms { findings = try terms.check(record, line: line) + findings }
        } catch {
            throw .normalization(line: line, error)
        }
        do {
            if var finding = try memory?.finding(for: record) {
                (finding.id, finding.line, finding.pair, finding.sourceIds) = (record.id, line, pairs, record.sourceIds ?? [])
                findings.append(finding)
            }
        } catch let QAError.normalization(_, error) {
            throw .normalization(line: line, error)
        }
        return unsilenced(findings)
    }

    /// The cross-file findings (a term rendered two ways, a source translated two ways) that
    /// the ignores leave.
    public func finish() -> [TermProblem] {
        unsilenced((terms?.finish() ?? []) + segments.finish())
    }

    private func unsilenced(_ findings: [TermProblem]) -> [TermProblem] {
        findings.filter { finding in
            let silenced = ignoresByID[finding.id]?.contains { $0.silences(finding) } ?? false
            if silenced { ignored += 1 }
            return !silenced
        }
    }
}

/// Why a record could not be checked. Messages name the line, never the segment text.
public enum QAError: Error, CustomStringConvertible, Sendable {
    case ignore(QAIgnoreError)
    case normalization(line: Int, NormalizationError)
    /// The memory checked against could not be read.
    case memory(MemoryStoreError)

    public var description: String {
        switch self {
        case let .ignore(error): "\(error)"
        case let .normalization(line, error): "line \(line): \(error)"
        case let .memory(error): "the memory: \(error)"
        }
    }
}
