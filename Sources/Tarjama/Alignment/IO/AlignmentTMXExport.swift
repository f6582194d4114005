/// Writes aligned pairs to a TMX translation memory: only pairs with text on both sides
/// (1-0 and 0-1 pairs are no use to a CAT tool), with ids, score and bead as `x-` properties.
public enum AlignmentTMXExport {
    /// Writes the records of `pairs` that join text on both sides to `path`; returns the
    /// writer's report (units written, characters XML cannot carry that were removed).
    public static func write(
        _ records: some Sequence<BilingualRecord>, sourceLanguage: String, targetLanguage: String,
        to path: String
    ) throws(OutputError) -> ExportReport {
        let writer = try TMXWriter(path: path, header: TMXHeader(sourceLanguage: sourceLanguage))
        for record in records where !record.source.isEmpty && !record.target.isEmpty {
            try writer.write(TranslationUnit(record, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
        }
        return try writer.commit()
    }
}
