import Dispatch
import TarjamaText

extension GlossarySuggester {
    /// Starts building, on another thread, the process-wide tables that loading a glossary and
    /// finding suggestions read first: the matching normaliser's fold table and the shipped name
    /// dictionary (together some tens of milliseconds). A command calls it before reading its
    /// input, so the two overlap; whoever needs a table first waits for it as usual (each is
    /// built once, under the runtime's lock), so nothing changes but the time.
    public static func prepareSharedTables() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = ArabicNormalizer.matching
            _ = NameDictionary.shipped
        }
    }
}
