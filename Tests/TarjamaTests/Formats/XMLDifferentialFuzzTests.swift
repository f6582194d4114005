import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

/// The differential fuzz of issue 19: mutated TMX and XLIFF files read by the XML reader and
/// by libxml2's `xmllint --noout`. The reader must never crash, must judge a file the same
/// whatever its buffer size, and must refuse every file xmllint refuses. It may refuse more,
/// for its own policies only (``explainedRefusal(_:)``).
///
/// `TARJAMA_XML_FUZZ_COUNT` (default 400) and `TARJAMA_XML_FUZZ_SEED` set the run;
/// `TARJAMA_XML_FUZZ_KEEP` names a folder to keep the mutants the two disagree on.
/// `Scripts/xml-fuzz.sh` runs thousands.
@Suite("XML reader against xmllint on mutated TMX and XLIFF files")
struct XMLDifferentialFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["TARJAMA_XML_FUZZ_COUNT"].flatMap { Int($0) } ?? 400
    static let seed = environment["TARJAMA_XML_FUZZ_SEED"].flatMap { UInt64($0) } ?? 19_2026

    /// The mutants of this run, written to a fresh folder.
    static func mutants() throws -> [String] {
        let directory = try TarjamaBinary.temporaryDirectory()
        var mutator = XMLFuzzMutator(seed: seed)
        return try (0..<count).map { index in
            let url = directory.appendingPathComponent("mutant-\(index).xml")
            try Data(mutator.next()).write(to: url)
            return url.path
        }
    }

    /// nil when the XML reader reads every event of `path`, else its refusal.
    static func refusal(_ path: String, bufferBytes: Int = 1 << 18) -> FormatError? {
        var limits = XMLLimits()
        limits.bufferBytes = bufferBytes
        do throws(XMLError) {
            let parser = try XMLPullParser(path: path, limits: limits)
            while try parser.next() != nil {}
            return nil
        } catch {
            return FormatError(error)
        }
    }

    /// Reads `path` as TMX or XLIFF (by its root), for the no-crash half; nil when accepted.
    static func formatRefusal(_ path: String) -> FormatError? {
        do throws(FormatError) {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            if bytes.range(of: Data("<xliff".utf8)) != nil {
                _ = try XLIFFReader.readAll(path: path)
            } else {
                _ = try TMXReader.readAll(path: path)
            }
            return nil
        } catch {
            return error
        }
    }

    /// Why refusing a file xmllint accepts is this reader's policy, or nil when it is not.
    static func explainedRefusal(_ error: FormatError) -> String? {
        switch error {
        case .unsafe:
            return "entities and parameter entities are refused in exchange files"
        case let .malformed(_, _, _, reason) where reason.hasPrefix("encoding ") && reason.contains("is not supported"):
            return "encodings other than UTF-8, US-ASCII and UTF-16 are refused"
        case let .malformed(_, _, _, reason) where reason.hasPrefix("undefined entity"):
            // With an external DTD that is never loaded, xmllint lets an unknown entity pass
            // with a warning; this reader has no DTD to take it from.
            return "undefined entities are refused (the external DTD is never loaded)"
        case let .malformed(_, _, _, reason) where reason == "control character U+0 is not allowed in XML":
            // libxml2 stops reading at a NUL byte after the root element; XML allows no U+0000.
            return "a NUL byte is refused wherever it is (xmllint ignores what follows the root from one)"
        case let .malformed(_, _, _, reason) where reason == "expected white space after <!DOCTYPE":
            // libxml2 reads `<!DOCTYPEtmx` as a DOCTYPE for `tmx`; XML's grammar has S there.
            return "white space after <!DOCTYPE is required, as XML's grammar says (libxml2 lets it go)"
        default:
            return nil
        }
    }

    @Test("no mutant crashes the reader, and every mutant is judged the same whatever the buffer size")
    func noCrash() throws {
        var refused = 0
        for (index, path) in try Self.mutants().enumerated() {
            let whole = Self.refusal(path)
            let small = Self.refusal(path, bufferBytes: 16 + index % 23)
            #expect(
                (whole == nil) == (small == nil),
                "mutant \(index): \(whole.map(String.init(describing:)) ?? "read") with a large buffer, \(small.map(String.init(describing:)) ?? "read") with \(16 + index % 23) bytes"
            )
            let format = Self.formatRefusal(path)
            if whole != nil {
                refused += 1
                #expect(format != nil, "mutant \(index): refused as XML but read as TMX or XLIFF")
            }
        }
        print("XML fuzz (seed \(Self.seed)): \(Self.count) mutants, \(refused) refused by the reader, no crash")
    }

    @Test(
        "every mutant xmllint refuses is refused, and the reader refuses more only by policy",
        .enabled(if: XMLLint.path != nil, Comment(rawValue: XMLLint.missingReason + "; the no-crash half still runs")))
    func agreesWithXMLLint() throws {
        let keep = Self.environment["TARJAMA_XML_FUZZ_KEEP"]
        var bothRefused = 0
        var policy: [String: Int] = [:]
        for (index, path) in try Self.mutants().enumerated() {
            let lint = try XMLLint.validate(path, [])
            let refusal = Self.refusal(path)
            let disagree: Bool
            switch (lint.status == 0, refusal) {
            case (false, nil):
                disagree = true
                Issue.record("mutant \(index) is not well formed (xmllint: \(lint.messages.prefix(300))) but was read")
            case (true, let error?):
                if let reason = Self.explainedRefusal(error) {
                    policy[reason, default: 0] += 1
                    disagree = false
                } else {
                    disagree = true
                    Issue.record("mutant \(index) is well formed for xmllint but refused: \(error)")
                }
            case (false, _?):
                bothRefused += 1
                disagree = false
            case (true, nil):
                disagree = false
            }
            if disagree, let keep {
                try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? FileManager.default.copyItem(atPath: path, toPath: keep + "/mutant-\(Self.seed)-\(index).xml")
            }
        }
        let policyNote = policy.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: "; ")
        print(
            "XML fuzz (seed \(Self.seed)) against xmllint: \(Self.count) mutants, \(bothRefused) refused by both, "
                + "\(policy.values.reduce(0, +)) refused by the reader only by policy\(policyNote.isEmpty ? "" : " (\(policyNote))")")
    }
}
