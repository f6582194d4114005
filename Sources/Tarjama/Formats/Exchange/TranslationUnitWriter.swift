/// Writes translation units as TMX, bilingual JSONL or TSV, streaming and atomically (nothing
/// appears at the path until ``commit()``).
public final class TranslationUnitWriter {
    private enum Backend {
        case tmx(TMXWriter)
        case jsonl(BilingualJSONLWriter)
        case tsv(BilingualTSVWriter)
    }

    private let backend: Backend
    private var count = 0
    /// Inline codes counted for JSONL and TSV (the TMX writer counts its own).
    private var codes = ExportReport()
    /// The output format.
    public let format: ExchangeFormat

    /// Opens `path` in `format`; `header` is used for TMX output.
    public init(path: String, format: ExchangeFormat, header: TMXHeader) throws(OutputError) {
        self.format = format
        switch format {
        case .tmx: backend = .tmx(try TMXWriter(path: path, header: header))
        case .jsonl: backend = .jsonl(try BilingualJSONLWriter(path: path))
        case .tsv: backend = .tsv(try BilingualTSVWriter(path: path))
        }
    }

    /// Appends `unit`; in JSONL and TSV a unit without `tuid` gets `fallbackId`, by default
    /// `unit:<n>` for the n-th unit written (pass the unit's position in its input so that a
    /// filter does not renumber what follows). Variants beyond the pair have no place in those
    /// formats and are counted in the report.
    public func write(_ unit: TranslationUnit, fallbackId: @autoclosure () -> String? = nil) throws(OutputError) {
        count += 1
        switch backend {
        case let .tmx(writer): try writer.write(unit)
        case let .jsonl(writer):
            codes.record(codes: unit.source.codes.count + unit.target.codes.count, dropped: 0)
            codes.record(droppedVariants: unit.otherVariants.count)
            try writer.write(BilingualRecord(unit, fallbackId: unit.tuid == nil ? fallbackId() ?? "unit:\(count)" : ""))
        case let .tsv(writer):
            codes.record(codes: 0, dropped: unit.source.codes.count + unit.target.codes.count)
            codes.record(droppedVariants: unit.otherVariants.count)
            try writer.write(BilingualRecord(unit, fallbackId: unit.tuid == nil ? fallbackId() ?? "unit:\(count)" : ""))
        }
    }

    /// Finishes the file and renames it into place; the report counts units written and (for
    /// TMX) characters removed.
    @discardableResult
    public func commit() throws(OutputError) -> ExportReport {
        switch backend {
        case let .tmx(writer): return try writer.commit()
        case let .jsonl(writer):
            try writer.commit()
            var report = codes
            report.units = count
            return report
        case let .tsv(writer):
            try writer.commit()
            var report = codes
            report.units = count
            return report
        }
    }
}
