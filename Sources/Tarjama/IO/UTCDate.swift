public import Foundation

/// Dates in UTC as ISO 8601 text, in the two forms Tarjama reads and writes: TMX's basic form
/// `20161114T011959Z` and the extended form `2016-11-14T01:19:59Z` the stores keep (it sorts as
/// it reads). Formatted and parsed by hand because a formatter per unit would dominate the cost
/// of writing a large memory; parsing is strict (fields and ranges checked), so a malformed date
/// in a file is nil, never a guess.
public enum UTCDate {
    /// The layout of the text.
    public enum Form: Sendable {
        /// `YYYYMMDDThhmmssZ` (ISO 8601 basic format), as TMX's `creationdate` and `changedate`.
        case basic
        /// `YYYY-MM-DDThh:mm:ssZ` (ISO 8601 extended format), as the memory and project stores.
        case extended
    }

    /// `date` as text in `form`.
    public static func string(from date: Date, _ form: Form) -> String {
        // Int(Double) traps past ±9.2e18 s (and on NaN); no real date is near that, so clamp to the epoch.
        let seconds = Int(exactly: date.timeIntervalSince1970.rounded(.down)).map { min(max($0, -(1 << 40)), 1 << 40) } ?? 0
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        let (dash, colon) = form == .basic ? ("", "") : ("-", ":")
        return pad(year, 4) + dash + pad(month, 2) + dash + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2)
            + colon + pad(secondOfDay / 60 % 60, 2) + colon + pad(secondOfDay % 60, 2) + "Z"
    }

    /// Parses text in `form`; nil when the text is not in that form or a field is out of range.
    public static func date(from text: String, _ form: Form) -> Date? {
        let bytes = Array(text.utf8)
        // Where each field starts, and the separators the form puts between them.
        let (starts, separators): ([Int], [(Int, UInt8)]) =
            switch form {
            case .basic: ([0, 4, 6, 9, 11, 13], [(8, UInt8(ascii: "T")), (15, UInt8(ascii: "Z"))])
            case .extended:
                (
                    [0, 5, 8, 11, 14, 17],
                    [
                        (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T")),
                        (13, UInt8(ascii: ":")), (16, UInt8(ascii: ":")), (19, UInt8(ascii: "Z")),
                    ]
                )
            }
        guard bytes.count == (form == .basic ? 16 : 20), separators.allSatisfy({ bytes[$0.0] == $0.1 }) else { return nil }
        func number(at start: Int, width: Int) -> Int? {
            var value = 0
            for index in start..<(start + width) {
                guard (0x30...0x39).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = number(at: starts[0], width: 4), let month = number(at: starts[1], width: 2),
            let day = number(at: starts[2], width: 2), let hour = number(at: starts[3], width: 2),
            let minute = number(at: starts[4], width: 2), let second = number(at: starts[5], width: 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let days = self.days(fromCivil: year, month, day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    // Howard Hinnant's civil-calendar algorithms (proleptic Gregorian).
    private static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
