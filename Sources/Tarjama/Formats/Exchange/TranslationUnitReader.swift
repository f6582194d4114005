/// Reads translation units from a TMX, bilingual JSONL or TSV file, one at a time, so the
/// `tarjama tmx` commands treat the three alike.
public final class TranslationUnitReader {
    private enum Backend {
        case tmx(TMXReader)
        case jsonl(BilingualJSONLReader)
        case tsv(BilingualTSVReader)
    }

    private let backend: Backend
    private let sourceLanguage: String
    private let targetLanguage: String
    /// Units read so far: the 1-based position in the file of the last one, which names a unit
    /// without a `tuid` however many units a filter drops after it.
    public private(set) var unitsRead = 0

    /// The file's format.
    public let format: ExchangeFormat
    /// The file being read.
    public let path: String

    /// Opens `path` in `format`. Records of JSONL/TSV files that do not name their languages
    /// get `sourceLanguage` and `targetLanguage`.
    /// A TMX's units take the pair `languages` names (either may be nil), by BCP 47 lookup
    /// (``TMXReader/preferredSourceLanguage``).
    public init(
        path: String, format: ExchangeFormat, sourceLanguage: String = "ar", targetLanguage: String = "en",
        languages: (source: String?, target: String?) = (nil, nil)
    ) throws(FormatError) {
        self.path = path
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        switch format {
        case .tmx:
            let reader = try TMXReader(path: path)
            reader.preferredSourceLanguage = languages.source
            reader.preferredTargetLanguage = languages.target
            backend = .tmx(reader)
        case .jsonl: backend = .jsonl(try BilingualJSONLReader(path: path))
        case .tsv: backend = .tsv(try BilingualTSVReader(path: path))
        }
    }

    /// Unit dates not in TMX's form read so far (TMX only), kept as written.
    public var invalidDates: Int {
        if case let .tmx(reader) = backend { return reader.invalidDates }
        return 0
    }

    /// The TMX header, when the file is a TMX.
    public var tmxHeader: TMXHeader? {
        if case let .tmx(reader) = backend { return reader.header }
        return nil
    }

    /// The next unit, or nil at the end of the file.
    public func read() throws(FormatError) -> TranslationUnit? {
        let unit: TranslationUnit?
        switch backend {
        case let .tmx(reader): unit = try reader.read()
        case let .jsonl(reader):
            unit = try reader.read().map { TranslationUnit($0, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) }
        case let .tsv(reader):
            unit = try reader.read().map { TranslationUnit($0, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) }
        }
        if unit != nil { unitsRead += 1 }
        return unit
    }
}
