/// A calendar date found in text: a month, with the day and the year when the text gives them
/// (15 كانون الأول 2016, ١٥ ديسمبر, "December 15, 2016", "Dec. 15").
public struct DateMatch: Sendable, Hashable {
    /// The UTF-16 span in the text that was searched (document offsets for a document).
    public let range: Range<Int>
    /// The day of the month, 1–31, when written.
    public let day: Int?
    /// The month, 1 (January) – 12 (December).
    public let month: Int
    /// The year, when written.
    public let year: Int?

    /// A date; nil when the month or the day is out of range.
    public init?(range: Range<Int>, day: Int?, month: Int, year: Int?) {
        guard (1...12).contains(month), day.map({ (1...31).contains($0) }) ?? true else { return nil }
        self.range = range
        self.day = day
        self.month = month
        self.year = year
    }

    /// Whether `other` can be the same date: the same month, and the same day and year where
    /// both give one ("15 December" agrees with "December 15, 2016").
    public func agrees(with other: DateMatch) -> Bool {
        month == other.month
            && (day == nil || other.day == nil || day == other.day)
            && (year == nil || other.year == nil || year == other.year)
    }

    /// The English month names, January first.
    public static let englishMonthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The date as British and agency news write it: "15 December 2016", "December 2016",
    /// "15 December", "December".
    public var englishRendering: String {
        let name = Self.englishMonthNames[month - 1]
        return [day.map(String.init), name, year.map(String.init)].compactMap { $0 }.joined(separator: " ")
    }

    /// The American order, when a day is written: "December 15, 2016", "December 15", and the
    /// AP abbreviation where it has one ("Dec. 15, 2016"; March to July are not abbreviated).
    public var englishAlternatives: [String] {
        guard let day else { return [] }
        let names = [Self.englishMonthNames[month - 1]] + (Self.apAbbreviations[month - 1].map { [$0] } ?? [])
        return names.map { name in year.map { "\(name) \(day), \($0)" } ?? "\(name) \(day)" }
    }

    private static let apAbbreviations: [String?] = ["Jan.", "Feb.", nil, nil, nil, nil, nil, "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
}
