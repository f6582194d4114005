/// Writes glossaries as TBX-Basic, in either edition of the standard:
///
/// - ``TBXEdition/v3``: TBX v3 (ISO 30042:2019, DCA style, namespace `urn:iso:std:iso:30042:ed-2`),
///   valid against the TBX core structure schema;
/// - ``TBXEdition/v2008``: TBX 2008 (ISO 30042:2008, `martif`), valid against the 2008 core
///   structure DTD, because OmegaT 3.6 and translate-toolkit read only that one.
///
/// One concept per entry: the type as `descrip type="subjectField"`, the note as `note`,
/// the context rules as `descrip type="x-tarjama-context"` (a private data category other tools skip);
/// the source language section holds the term (preferred) and its variants (admitted); the target
/// section the rendering (preferred), alternatives (admitted) and forbidden renderings
/// (deprecated), each status as `termNote type="administrativeStatus"`.
public enum TBXWriter {
    /// The `descrip` type that carries ``GlossaryEntry/context``.
    static let contextType = "x-tarjama-context"

    /// The TBX text of `entries` in `edition` (v3 unless told).
    public static func text(
        of entries: [GlossaryEntry], sourceLanguage: String = "ar", targetLanguage: String = "en", edition: TBXEdition = .v3
    ) -> String {
        let names = ElementNames(edition)
        var output = header(edition, sourceLanguage: sourceLanguage)
        for (index, entry) in Glossary(entries: entries).sortedEntries.enumerated() {
            output += "      <\(names.concept) id=\"c\(index + 1)\">\n"
            output += "        <descrip type=\"subjectField\">\(entry.type.rawValue)</descrip>\n"
            if !entry.note.isEmpty { output += "        <note>\(escape(entry.note))</note>\n" }
            if !entry.context.isEmpty {
                output += "        <descrip type=\"\(contextType)\">\(escape(entry.context.description))</descrip>\n"
            }
            output += "        <\(names.language) xml:lang=\"\(escape(sourceLanguage))\">\n"
            output += term(entry.source, "preferredTerm-admn-sts", names)
            for variant in entry.variants { output += term(variant, "admittedTerm-admn-sts", names) }
            output += "        </\(names.language)>\n"
            output += "        <\(names.language) xml:lang=\"\(escape(targetLanguage))\">\n"
            output += term(entry.target, "preferredTerm-admn-sts", names)
            for alternative in entry.alternatives { output += term(alternative, "admittedTerm-admn-sts", names) }
            for forbidden in entry.forbidden { output += term(forbidden, "deprecatedTerm-admn-sts", names) }
            output += "        </\(names.language)>\n"
            output += "      </\(names.concept)>\n"
        }
        output += "    </body>\n  </text>\n</\(names.root)>\n"
        return output
    }

    public static func write(
        _ entries: [GlossaryEntry], to path: String, sourceLanguage: String = "ar",
        targetLanguage: String = "en", edition: TBXEdition = .v3
    ) throws(GlossaryError) {
        try GlossaryFileText.write(
            text(of: entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, edition: edition), to: path)
    }

    /// The elements that differ between the editions; the rest of the mapping is the same.
    struct ElementNames {
        var root, concept, language, term: String

        init(_ edition: TBXEdition) {
            switch edition {
            case .v3: (root, concept, language, term) = ("tbx", "conceptEntry", "langSec", "termSec")
            case .v2008: (root, concept, language, term) = ("martif", "termEntry", "langSet", "tig")
            }
        }
    }

    private static func header(_ edition: TBXEdition, sourceLanguage: String) -> String {
        switch edition {
        case .v3:
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="\(escape(sourceLanguage))" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Tarjama glossary</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        case .v2008:
            // The DOCTYPE names the core structure DTD as TBX-Basic 2008 files do; readers resolve
            // it locally or not at all (the file declares no entities).
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="\(escape(sourceLanguage))">
              <martifHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Tarjama glossary</p>
                  </sourceDesc>
                </fileDesc>
                <encodingDesc>
                  <p type="XCSURI">TBXBasicXCSV02.xcs</p>
                </encodingDesc>
              </martifHeader>
              <text>
                <body>

            """
        }
    }

    private static func term(_ term: String, _ status: String, _ names: ElementNames) -> String {
        "          <\(names.term)>\n            <term>\(escape(term))</term>\n"
            + "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n          </\(names.term)>\n"
    }

    /// TBX text and attribute values: markup escaped, characters XML 1.0 cannot carry dropped.
    static func escape(_ text: String) -> String { XMLEscaping.escaped(text, attribute: true) }
}

/// The edition of the TBX standard a glossary is written in.
public enum TBXEdition: String, Sendable, CaseIterable {
    /// TBX v3, ISO 30042:2019 (`tbx`/`conceptEntry`/`langSec`/`termSec`).
    case v3
    /// TBX 2008, ISO 30042:2008 (`martif`/`termEntry`/`langSet`/`tig`), which older CAT tools read.
    case v2008 = "2008"
}
