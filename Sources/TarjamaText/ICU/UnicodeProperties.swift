internal import CICU

/// Character properties from ICU's data, which follows the Unicode version ICU ships.
public enum UnicodeProperties {
    /// The Unicode script of a code point, as far as Tarjama cares.
    public enum Script: Sendable, Equatable {
        case common, inherited, arabic, latin, other(Int32)

        init(icu code: Int32) {
            switch code {
            case 0: self = .common
            case 1: self = .inherited
            case 2: self = .arabic
            case 25: self = .latin
            default: self = .other(code)
            }
        }
    }

    /// The script of a code point.
    public static func script(of scalar: Unicode.Scalar) -> Script { Script(icu: cicu_char_script(scalar.value)) }

    /// ICU's general category value (`UCharCategory`).
    public static func generalCategory(of scalar: Unicode.Scalar) -> Int32 { cicu_char_category(scalar.value) }

    /// The decimal digit value of any Unicode decimal digit (ASCII, Arabic-Indic, Eastern
    /// Arabic-Indic...), or nil.
    public static func digitValue(of scalar: Unicode.Scalar) -> Int? {
        let value = cicu_char_digit_value(scalar.value)
        return value < 0 ? nil : Int(value)
    }
}
