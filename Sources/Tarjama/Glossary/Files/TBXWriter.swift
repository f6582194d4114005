/// Writes glossaries as TBX v3 (TBX-Basic dialect, DCA style, namespace
/// `urn:iso:std:iso:30042:ed-2`), valid against the TBX core structure schema.
///
/// One `conceptEntry` per entry: the type as `descrip type="subjectField"`, the note as `note`,
/// the context rules as `descrip type="x-tarjama-context"` (a private data category other tools skip);
/// the source `langSec` holds the term (preferred) and its variants (admitted); the target
/// `langSec` the rendering (preferred), alternatives (admitted) and forbidden renderings
/// (deprecated), each status as `termNote type="administrativeStatus"`.
public enum TBXWriter {
    /// The `descrip` type that carries ``GlossaryEntry/context``.
    static let contextType = "x-tarjama-context"

    public static func text(of entries: [GlossaryEntry], sourceLanguage: String = "ar", targetLanguage: String = "en") -> String {
        var output = """
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
        for (index, entry) in Glossary(entries: entries).sortedEntries.enumerated() {
            output += "      <conceptEntry id=\"c\(index + 1)\">\n"
            output += "        <descrip type=\"subjectField\">\(entry.type.rawValue)</descrip>\n"
            if !entry.note.isEmpty { output += "        <note>\(escape(entry.note))</note>\n" }
            if !entry.context.isEmpty {
                output += "        <descrip type=\"\(contextType)\">\(escape(entry.context.description))</descrip>\n"
            }
            output += "        <langSec xml:lang=\"\(escape(sourceLanguage))\">\n"
            output += termSec(entry.source, "preferredTerm-admn-sts")
            for variant in entry.variants { output += termSec(variant, "admittedTerm-admn-sts") }
            output += "        </langSec>\n"
            output += "        <langSec xml:lang=\"\(escape(targetLanguage))\">\n"
            output += termSec(entry.target, "preferredTerm-admn-sts")
            for alternative in entry.alternatives { output += termSec(alternative, "admittedTerm-admn-sts") }
            for forbidden in entry.forbidden { output += termSec(forbidden, "deprecatedTerm-admn-sts") }
            output += "        </langSec>\n"
            output += "      </conceptEntry>\n"
        }
        output += "    </body>\n  </text>\n</tbx>\n"
        return output
    }

    private static func termSec(_ term: String, _ status: String) -> String {
        "          <termSec>\n            <term>\(escape(term))</term>\n"
            + "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n          </termSec>\n"
    }

    /// TBX text and attribute values: markup escaped, characters XML 1.0 cannot carry dropped.
    static func escape(_ text: String) -> String { XMLEscaping.escaped(text, attribute: true) }

    public static func write(
        _ entries: [GlossaryEntry], to path: String, sourceLanguage: String = "ar",
        targetLanguage: String = "en"
    ) throws(GlossaryError) {
        try GlossaryFileText.write(text(of: entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage), to: path)
    }
}
