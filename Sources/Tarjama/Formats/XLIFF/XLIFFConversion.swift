import Foundation

/// Whole-file conversions between bilingual segment files and XLIFF, streaming, as
/// `tarjama xliff export|import` run them. Output appears only when the whole input was read.
public enum XLIFFConversion {
    /// Writes the bilingual file at `input` (JSONL; TMX and TSV are accepted too, without
    /// suggestions) as XLIFF at `output`. Languages default to the first record's, else ar/en.
    /// - Complexity: O(records), constant memory.
    public static func export(
        input: String, output: String, version: XLIFFVersion,
        sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(TranslationMemoryError) -> ExportReport {
        let next: () throws(FormatError) -> BilingualRecord?
        do {
            let format = try ExchangeFormat.detect(path: input)
            if format == .jsonl {
                let reader = try BilingualJSONLReader(path: input)
                next = { () throws(FormatError) in try reader.read() }
            } else {
                let reader = try TranslationUnitReader(path: input, format: format)
                var count = 0
                next = { () throws(FormatError) in
                    count += 1
                    return try reader.read().map { BilingualRecord($0, fallbackId: "unit:\(count)") }
                }
            }
        } catch { throw .input(error) }
        let first: BilingualRecord?
        do { first = try next() } catch { throw .input(error) }
        let original = input == "-" ? "stdin" : URL(fileURLWithPath: input).lastPathComponent
        let writer: XLIFFWriter
        do {
            writer = try XLIFFWriter(
                path: output, version: version, sourceLanguage: sourceLanguage ?? first?.sourceLang ?? "ar",
                targetLanguage: targetLanguage ?? first?.targetLang ?? "en", original: original)
        } catch { throw .output(error) }
        var record = first
        while let current = record {
            do { try writer.write(current) } catch { throw .output(error) }
            do { record = try next() } catch { throw .input(error) }
        }
        do { return try writer.commit() } catch { throw .output(error) }
    }

    /// Reads the XLIFF (2.x or 1.2) at `input` and writes its segments to `output` as bilingual
    /// JSONL, TSV or TMX; returns the number of records written.
    /// - Complexity: O(segments), constant memory.
    public static func `import`(input: String, output: String, format: ExchangeFormat) throws(TranslationMemoryError) -> ExportReport {
        let reader: XLIFFReader
        do { reader = try XLIFFReader(path: input) } catch { throw .input(error) }
        let header = TMXHeader(sourceLanguage: reader.sourceLanguage ?? "ar", originalFormat: "XLIFF \(reader.version)")
        let jsonl: BilingualJSONLWriter?
        let other: TranslationUnitWriter?
        do {
            jsonl = format == .jsonl ? try BilingualJSONLWriter(path: output) : nil
            other = format == .jsonl ? nil : try TranslationUnitWriter(path: output, format: format, header: header)
        } catch { throw .output(error) }
        while true {
            let record: BilingualRecord?
            do { record = try reader.read() } catch { throw .input(error) }
            guard let record else { break }
            do {
                if let jsonl { try jsonl.write(record) }
                if let other {
                    try other.write(
                        TranslationUnit(
                            record, sourceLanguage: reader.sourceLanguage ?? "ar",
                            targetLanguage: reader.targetLanguage ?? "en"))
                }
            } catch { throw .output(error) }
        }
        do {
            if let jsonl {
                try jsonl.commit()
                var report = ExportReport()
                report.units = jsonl.count
                return report
            }
            return try other!.commit()
        } catch { throw .output(error) }
    }
}
