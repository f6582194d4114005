import ArgumentParser
import Foundation
import Tarjama
import TarjamaText

/// `tarjama translit`: Arabic in Latin letters (and back, for the reversible schemes).
struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Transliterate Arabic: Buckwalter, Safe Buckwalter, ICU's Arabic-Latin, or readable names.",
        discussion: """
            Schemes: icu (ICU's scholarly skeleton), buckwalter and safe-buckwalter (one-to-one, \
            reversible with --reverse), names (a readable suggestion for English spellings of names: \
            it guesses the vowels Arabic does not write, so check it against the agency spelling).
            Examples:
              tarjama translit "بشار الاسد" --scheme names        → Bashar al-Assad
              tarjama translit --file t.txt --scheme buckwalter > t.bw
              tarjama translit --file t.bw --scheme buckwalter --reverse
            """
    )

    @OptionGroup var input: TextInputOptions

    @OptionGroup var glossary: GlossaryOptions

    enum Scheme: String, ExpressibleByArgument, CaseIterable {
        case icu, buckwalter, safeBuckwalter = "safe-buckwalter", names

        var scheme: TransliterationScheme {
            switch self {
            case .icu: .icu
            case .buckwalter: .buckwalter
            case .safeBuckwalter: .safeBuckwalter
            case .names: .names
            }
        }
    }

    @Option(name: .customLong("scheme"), help: "icu, buckwalter, safe-buckwalter or names.")
    var schemeArgument: Scheme = .buckwalter

    var scheme: TransliterationScheme { schemeArgument.scheme }

    enum Style: String, ExpressibleByArgument, CaseIterable {
        case reuters, ap, bbc, un
        var nameStyle: NameStyle { NameStyle(rawValue: rawValue) ?? .reuters }
    }

    @Option(help: "names: a house style for romanised names: reuters, ap (Bashar Assad, Gadhafi), bbc, un (Al-Assad, Qadhafi).")
    var style: Style?

    @Flag(help: "Convert back from the scheme to Arabic (buckwalter, safe-buckwalter, icu).")
    var reverse = false

    @Flag(name: .customLong("sun-letters"), help: "names: assimilate the article before sun letters (ar-Raqqa).")
    var assimilatesSunLetters = false

    @Flag(name: .customLong("ta-marbuta-ah"), help: "names: write a final ة as 'ah' (Hamah).")
    var taMarbutaAsAh = false

    @Flag(name: .customLong("ou"), help: "names: write و as 'ou', as Syrian and Lebanese agencies do (Hazouri).")
    var writesWawAsOu = false

    func validate() throws {
        if reverse && !scheme.isReversible {
            throw ValidationError("the \(scheme.rawValue) scheme cannot be reversed; use buckwalter or safe-buckwalter")
        }
    }

    func run() throws {
        let document = try input.document()
        let options = NameRomanizationOptions(
            assimilatesSunLetters: assimilatesSunLetters, taMarbutaAsAh: taMarbutaAsAh,
            writesWawAsOu: writesWawAsOu)
        let text: String
        if scheme == .names {
            // The glossary is optional here: without one the dictionary and rules serve.
            let useDefault = glossary.paths.isEmpty && ShippedGlossary.directory() == nil
            let names = GlossaryNameRomanizer(
                glossary: useDefault ? Glossary() : try glossary.load(),
                style: style?.nameStyle)
            text = try names.romanize(document.text, options: options)
        } else {
            let output = try ArabicTransliterator.shared.transliterate(
                document.units, scheme: scheme, reverse: reverse,
                nameOptions: options)
            text = String(decoding: output, as: UTF16.self)
        }
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        if scheme == .names {
            StandardError.write("note: names romanisation is a suggestion; check the spelling news agencies use\n")
        }
    }
}
