/// The glossary file formats Tarjama reads and writes.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// The canonical TSV with a header (the `Glossaries/` files).
    case tsv
    /// OmegaT's three-column TSV without a header.
    case omegat
    /// RFC 4180 CSV with a header.
    case csv
    /// TBX v3 (TBX-Basic) when writing; TBX v3 or TBX 2008 when reading.
    case tbx
    /// TBX 2008 (`martif`, TBX-Basic) when writing, for OmegaT 3.6 and translate-toolkit; read as ``tbx``.
    case tbx2008

    /// The format a file name suggests: `.tbx`, `.csv`, `.tsv`/`.txt` (a `.txt` is OmegaT's).
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".tbx") {
            self = .tbx
        } else if lower.hasSuffix(".csv") {
            self = .csv
        } else if lower.hasSuffix(".tsv") {
            self = .tsv
        } else if lower.hasSuffix(".txt") || lower.hasSuffix(".utf8") {
            self = .omegat
        } else {
            return nil
        }
    }

    /// Reads the rows of `path` in this format.
    public func read(path: String, sourceLanguage: String = "ar", targetLanguage: String = "en") throws(GlossaryError) -> [GlossaryTSV.Row]
    {
        switch self {
        case .tsv: try GlossaryTSV.read(path: path)
        case .omegat: try OmegaTGlossary.read(path: path)
        case .csv: try GlossaryCSV.read(path: path)
        case .tbx, .tbx2008: try TBXReader.read(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }
    }

    /// Writes `entries` to `path` atomically in this format.
    public func write(_ entries: [GlossaryEntry], to path: String, sourceLanguage: String = "ar", targetLanguage: String = "en")
        throws(GlossaryError)
    {
        switch self {
        case .tsv: try GlossaryTSV.write(entries, to: path)
        case .omegat: try OmegaTGlossary.write(entries, to: path)
        case .csv: try GlossaryCSV.write(entries, to: path)
        case .tbx: try TBXWriter.write(entries, to: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        case .tbx2008:
            try TBXWriter.write(entries, to: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, edition: .v2008)
        }
    }

    /// The format `path` holds when its name says ``tsv`` but its first row is two or three
    /// cells and no header: OmegaT's glossary, which users save as `.tsv`. Any other format is
    /// returned as it is.
    public func refined(forFileAt path: String) throws(GlossaryError) -> GlossaryFormat {
        guard self == .tsv else { return self }
        return GlossaryTSV.isHeaderless(try GlossaryFileText.read(path: path)) ? .omegat : .tsv
    }
}
