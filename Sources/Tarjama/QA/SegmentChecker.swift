public import TarjamaText

/// The checks of a bilingual file that need no glossary, as CAT QA tools run them (Xbench,
/// Okapi CheckMate, OmegaT's Check Issues): an empty target, a target that is the source
/// copied, and for a translated pair the ``checks`` (length, repeated words, brackets, quotes,
/// spaces, Arabic letters, bidi controls, ending punctuation, a lower-case start, a dangling last word); across the file, the same source translated two
/// ways (``TranslationConsistency``).
///
/// Feed records in order with ``check(_:line:)``, then call ``finish()`` for the cross-file check.
public struct SegmentChecker: Sendable {
    /// The per-pair checks run on every translated pair, in this order.
    public var checks: [any PairCheck]
    private var consistency = TranslationConsistency()
    private var pairCount = 0
    private var pairOf: [String: (pair: Int, sourceIds: [String], line: Int)] = [:]
    /// A target that left a quotation open at its end (``QuoteBalanceCheck/leavesQuoteOpen(_:)``),
    /// with its unbalanced-quotes finding held back until a target within the next
    /// ``quoteCarryPairs`` pairs closes the quotation (then neither is reported) or none does.
    private var openQuote: (pair: Int, finding: TermProblem?)?
    /// How many pairs later a quotation opened in one target may close: a sentence split inside
    /// a quote (`he "realized … 'I got bit!` | `I got bit!'` | `… ripped open," Hammel said`).
    static let quoteCarryPairs = 2

    /// The checks `tarjama check` runs.
    public static let standardChecks: [any PairCheck] = [
        LengthRatioCheck(), RepeatedWordCheck(), BracketBalanceCheck(), QuoteBalanceCheck(),
        SpaceDifferenceCheck(), ArabicInTargetCheck(), BidiControlCheck(), EndingPunctuationCheck(),
        LowercaseStartCheck(), DanglingEndCheck(),
    ]

    public init(checks: [any PairCheck] = SegmentChecker.standardChecks) {
        self.checks = checks
    }

    /// The findings of one record (line = its line in the file).
    public mutating func check(_ record: BilingualRecord, line: Int) throws(NormalizationError) -> [TermProblem] {
        pairCount += 1
        let sourceIds = record.sourceIds ?? []
        if pairOf[record.id] == nil { pairOf[record.id] = (pairCount, sourceIds, line) }
        let source = record.source, target = record.target
        let blankSource = source.allSatisfy(\.isWhitespace), blankTarget = target.allSatisfy(\.isWhitespace)
        var findings: [TermProblem]
        if blankSource {
            // A 0-1 bead (English with no Arabic) is the aligner's to report, not a translation's.
            findings = []
        } else if blankTarget {
            findings = [.pairFinding(.emptyTarget)]
        } else if Self.trimmed(source) == Self.trimmed(target), source.unicodeScalars.contains(where: ArabicInTargetCheck.isArabicLetter) {
            findings = [.pairFinding(.targetSameAsSource)]
        } else {
            findings = checks.flatMap { $0.findings(source: source, target: target) }
            try consistency.record(source: source, target: target, id: record.id, pair: pairCount, document: record.documentName)
            if let missing = Self.missingCodes(record) { findings.append(missing) }
        }
        for index in findings.indices {
            findings[index].id = record.id
            findings[index].line = line
            findings[index].pair = pairCount
            findings[index].sourceIds = sourceIds
        }
        return carryingQuotes(findings, target: blankSource || blankTarget ? "" : target)
    }

    /// The findings with quotation marks read across neighbouring pairs: a quotation a target
    /// leaves open and a later target (within ``quoteCarryPairs``) closes is one quotation split
    /// between sentences, no problem in either; a finding held back for a quotation that nothing
    /// closes is returned once the window has passed (or by ``finish()``).
    private mutating func carryingQuotes(_ findings: [TermProblem], target: String) -> [TermProblem] {
        var findings = findings
        let quoteIndex = findings.firstIndex { $0.kind == .unbalancedQuotes }
        var released: [TermProblem] = []
        if let open = openQuote {
            if pairCount - open.pair <= Self.quoteCarryPairs, QuoteBalanceCheck.closesOpenQuote(target) {
                openQuote = nil
                if let quoteIndex { findings.remove(at: quoteIndex) }
                return findings
            }
            if pairCount - open.pair >= Self.quoteCarryPairs || QuoteBalanceCheck.leavesQuoteOpen(target) {
                released = open.finding.map { [$0] } ?? []
                openQuote = nil
            }
        }
        if openQuote == nil, QuoteBalanceCheck.leavesQuoteOpen(target) {
            openQuote = (pairCount, quoteIndex.map { findings[$0] })
            if let quoteIndex { findings.remove(at: quoteIndex) }
        }
        return released + findings
    }

    /// The source's inline codes whose placeholders the target lacks, as one finding. A target
    /// without codes of its own is read with the source's (a translator typed the placeholders).
    static func missingCodes(_ record: BilingualRecord) -> TermProblem? {
        let sourceCodes = record.sourceCodes
        guard !sourceCodes.isEmpty else { return nil }
        let targetCodes = record.targetCodes
        let missing = InlinePlaceholders.missing(sourceCodes, in: record.target, codes: targetCodes.isEmpty ? sourceCodes : targetCodes)
        guard !missing.isEmpty else { return nil }
        return .pairFinding(
            .missingInlineCode, expected: sourceCodes.map(\.placeholder).joined(separator: " "),
            found: missing.map(\.placeholder).joined(separator: " "))
    }

    /// The cross-file findings: the same source translated more than one way, and an
    /// unbalanced quotation held back that no later pair closed.
    public func finish() -> [TermProblem] {
        (openQuote?.finding.map { [$0] } ?? [])
            + consistency.inconsistencies().map { inconsistency in
                let first = pairOf[inconsistency.ids[0]]
                var finding = TermProblem.pairFinding(
                    .inconsistentTranslation,
                    expected: "as in "
                        + TermProblem.pairLabel(
                            pair: inconsistency.normPair, id: inconsistency.normId,
                            sourceIds: pairOf[inconsistency.normId]?.sourceIds ?? []))
                finding.id = inconsistency.ids[0]
                finding.line = first?.line ?? 0
                finding.pair = first?.pair ?? 0
                finding.sourceIds = first?.sourceIds ?? []
                finding.ids = inconsistency.ids
                finding.pairLabels = inconsistency.ids.map { id in
                    TermProblem.pairLabel(pair: pairOf[id]?.pair ?? 0, id: id, sourceIds: pairOf[id]?.sourceIds ?? [])
                }
                return finding
            }
    }

    static func trimmed(_ text: String) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<max(start, end)]
    }
}
