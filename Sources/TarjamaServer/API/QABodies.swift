public import Foundation
import Tarjama

/// One QA finding as the API shows it: what `tarjama check --format jsonl` writes for a pair.
public struct QAFindingBody: Codable, Sendable, Hashable {
    /// The stable reason code (number-mismatch, missing-rendering, target-too-short, …).
    public var code: String
    /// error or warning.
    public var severity: String
    /// What is wrong, for the translator.
    public var message: String
    /// The source term or number concerned, when there is one.
    public var source: String?
    /// What the target should have.
    public var expected: String?
    /// What the target has instead.
    public var found: String?
}

extension QAFindingBody {
    init(_ problem: TermProblem) {
        code = problem.code
        severity = problem.severity.rawValue
        message = problem.detail
        source = problem.source.isEmpty ? nil : problem.source
        expected = problem.expected.isEmpty ? nil : problem.expected
        found = problem.found
    }
}

/// `POST /v1/segments/{id}/check`: the draft to check, the segment's own when absent.
struct CheckRequest: Codable, Sendable {
    var target: String?
}

/// The answer to a check: the findings, errors first.
struct CheckBody: Codable, Sendable {
    var findings: [QAFindingBody]
    var errors: Int
    var warnings: Int

    init(_ findings: [QAFindingBody]) {
        self.findings = findings
        errors = findings.count { $0.severity == QASeverity.error.rawValue }
        warnings = findings.count - errors
    }
}

/// A confirmed segment with the QA findings its confirmation had: the segment's fields, and
/// `qa` beside them.
struct ConfirmedBody: Encodable, Sendable {
    var segment: SegmentBody
    var qa: CheckBody

    private enum CodingKeys: String, CodingKey { case qa }

    func encode(to encoder: any Encoder) throws {
        try segment.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(qa, forKey: .qa)
    }
}
