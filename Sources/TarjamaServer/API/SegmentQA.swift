import HTTPTypes
import Tarjama

/// QA of one segment for the service: the checks `tarjama check` runs on a pair (terms,
/// numbers and dates against the glossary, then the segment checks, then the service's memory:
/// a source it holds at 100% translated another way), errors first.
enum SegmentQA {
    static func findings(
        source: String, target: String, suggester: GlossarySuggester, memory: TranslationMemory? = nil
    ) throws -> [QAFindingBody] {
        let checker = QAChecker(terms: TermChecker(suggester: suggester), memory: memory.map(MemoryConsistencyCheck.init))
        let record = BilingualRecord(id: "segment", source: source, target: target)
        let problems: [TermProblem]
        do {
            problems = try checker.check(record, line: 1) + checker.finish()
        } catch {
            throw APIError(.unprocessableContent, code: "unreadable_text", message: "the segment could not be checked: \(error)")
        }
        return problems.sorted { $0.severity > $1.severity }.map(QAFindingBody.init)
    }
}
