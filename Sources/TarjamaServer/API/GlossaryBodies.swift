import Foundation
import Tarjama

/// A glossary entry as the API reads and writes it.
public struct GlossaryEntryBody: Codable, Sendable, Hashable {
    public var source: String
    public var target: String
    public var note: String?
    /// person, place, organisation, term or other.
    public var type: String?
    public var variants: [String]?
    public var alternatives: [String]?
    public var forbidden: [String]?
    /// Where the entry is not suggested: the glossary's `context` rules, separated by `;`.
    public var context: String?
    /// The file the entry comes from (responses only).
    public var file: String?

    init(_ entry: GlossaryEntry, file: String?) {
        source = entry.source
        target = entry.target
        note = entry.note
        type = entry.type.rawValue
        variants = entry.variants
        alternatives = entry.alternatives
        forbidden = entry.forbidden
        context = entry.context.isEmpty ? nil : entry.context.description
        self.file = file
    }

    /// The library entry, or 400 naming the field that is wrong.
    func entry() throws -> GlossaryEntry {
        guard !Glossary.key(of: source).isEmpty else { throw APIError.badRequest("\"source\" has no letters or digits") }
        guard !target.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError.badRequest("\"target\" is empty") }
        let termType: TermType
        if let type {
            guard let parsed = TermType(fileValue: type) else {
                throw APIError.badRequest("\"type\" must be one of \(TermType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            termType = parsed
        } else {
            termType = .term
        }
        let fields = [source, target, note ?? "", context ?? ""] + (variants ?? []) + (alternatives ?? []) + (forbidden ?? [])
        if fields.contains(where: { $0.contains("\t") || $0.contains("\n") || $0.contains("\r") }) {
            throw APIError.badRequest("glossary fields cannot hold tabs or line breaks")
        }
        if ((variants ?? []) + (alternatives ?? []) + (forbidden ?? [])).contains(where: { $0.contains("|") }) {
            throw APIError.badRequest("list items cannot hold the separator |")
        }
        let rules: TermContext
        do throws(TermContext.ParseError) {
            rules = try TermContext(parsing: context ?? "")
        } catch {
            throw APIError.badRequest("\"context\": \(error.reason)")
        }
        return GlossaryEntry(
            source: source, target: target, note: note ?? "", type: termType,
            variants: variants ?? [], alternatives: alternatives ?? [], forbidden: forbidden ?? [],
            context: rules)
    }
}

/// A page of glossary entries.
struct GlossaryListBody: Codable, Sendable {
    var count: Int
    var entries: [GlossaryEntryBody]
}

/// One entry found in a search, with how it matched.
struct GlossaryHitBody: Codable, Sendable {
    /// How the query matched: exact, normalised, clitic, variant, or rendering (an English search).
    var match: String
    /// The clitics removed (و, ال, ل+ال ...), when the match needed it.
    var clitics: String?
    /// UTF-16 offsets of the match in the query.
    var start: Int?
    var end: Int?
    var entry: GlossaryEntryBody
}

struct GlossarySearchBody: Codable, Sendable {
    var count: Int
    var hits: [GlossaryHitBody]
}

/// What an import or add did.
struct GlossaryImportBody: Codable, Sendable {
    var file: String
    var added: Int
    var merged: Int
    var replaced: Int
}
