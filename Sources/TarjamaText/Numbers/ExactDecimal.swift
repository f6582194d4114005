/// A non-negative decimal number read from text, held exactly (an integer significand and a
/// count of fraction digits), with arithmetic that reports overflow instead of trapping.
///
/// Numbers come from input: a bank account number run together is twenty digits, and
/// `Int(someDouble)` of it traps, killing `tarjama serve` with it. Here every operation is
/// checked, and a value that no longer fits in `Int` becomes *too large* and stays so (like a
/// NaN), so a parser can go on reading the number's extent and report it as out of range.
///
/// It is also how a number with a fraction is reported (7.5, 2.53, ٢٫٥, نصف ساعة): the value
/// as written, never a binary float that would print 2.5300000000000002.
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    /// The digits as an integer; nil once the value no longer fits.
    private(set) var significand: Int?
    /// How many of the significand's digits stand after the decimal point (trailing zeros
    /// dropped, so a whole number has none).
    private(set) var fractionDigits: Int

    static let zero = ExactDecimal(0)

    /// A value too large for `Int`, with `fractionDigits` kept so a bare decimal is still told apart.
    static func tooLarge(fractionDigits: Int = 0) -> ExactDecimal {
        ExactDecimal(significand: nil, fractionDigits: fractionDigits)
    }

    private init(significand: Int?, fractionDigits: Int) {
        self.significand = significand
        self.fractionDigits = fractionDigits
    }

    /// A whole number.
    public init(_ value: Int) {
        self.init(significand: value, fractionDigits: 0)
    }

    /// The value of ASCII digits with at most one `.` (`"2500"`, `"1.5"`), or nil when `units`
    /// holds anything else (a sign, an exponent, a second point) or no digit at all.
    ///
    /// Digits past what `Int` holds give ``tooLarge(fractionDigits:)``; zeros at the end of a
    /// fraction are dropped before they can overflow (`1.000…0` is 1).
    ///
    /// - Complexity: O(n).
    init?(digits units: some Sequence<UInt16>) {
        var significand: Int? = 0
        var fractionDigits = 0
        var inFraction = false
        var pendingZeros = 0  // fraction zeros not yet known to be followed by a digit
        var sawDigit = false
        for unit in units {
            if unit == 0x2E {
                guard !inFraction else { return nil }
                inFraction = true
                continue
            }
            guard unit >= 0x30, unit <= 0x39 else { return nil }
            sawDigit = true
            let digit = Int(unit - 0x30)
            if inFraction {
                if digit == 0 { pendingZeros += 1; continue }
                for _ in 0..<pendingZeros { significand = Self.appending(0, to: significand) }
                fractionDigits += pendingZeros + 1
                pendingZeros = 0
            }
            significand = Self.appending(digit, to: significand)
        }
        guard sawDigit else { return nil }
        self.init(significand: significand, fractionDigits: fractionDigits)
    }

    private static func appending(_ digit: Int, to value: Int?) -> Int? {
        guard let value else { return nil }
        let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        let (sum, overflowSum) = shifted.addingReportingOverflow(digit)
        return overflowSum ? nil : sum
    }

    /// Whether the value fits in `Int` (before any rounding).
    public var isTooLarge: Bool { significand == nil }

    /// Whether the value has no fraction.
    public var isWhole: Bool { fractionDigits == 0 }

    /// The value when it is whole and fits; nil otherwise.
    public var wholeValue: Int? { isWhole ? significand : nil }

    /// The value as a decimal numeral with a point only when it has a fraction ("7.5", "0.05",
    /// "2500"), or "-" when it is too large to hold.
    public var description: String {
        guard let significand else { return "-" }
        guard fractionDigits > 0 else { return String(significand) }
        var digits = String(significand)
        if digits.count <= fractionDigits { digits = String(repeating: "0", count: fractionDigits - digits.count + 1) + digits }
        let point = digits.index(digits.endIndex, offsetBy: -fractionDigits)
        return digits[..<point] + "." + digits[point...]
    }

    /// The value as a `Double` (for scoring alignment anchors, not for comparing), or nil when
    /// too large.
    public var doubleValue: Double? { Double(description) }

    /// The value of `numerator / denominator` when it is a finite decimal of at most three
    /// fraction digits (½ = 0.5, ¼ = 0.25, ¾ = 0.75), nil otherwise (⅓ has no exact decimal).
    static func fraction(_ numerator: Int, over denominator: Int) -> ExactDecimal? {
        guard denominator > 0, numerator >= 0, numerator < 1_000_000,
            let scaled = numerator.multiplied(checked: 1_000), scaled % denominator == 0
        else { return nil }
        var result = ExactDecimal(significand: scaled / denominator, fractionDigits: 3)
        result.dropTrailingFractionZeros()
        return result
    }

    /// The value rounded to the nearest whole number (halves away from zero), or nil when it does
    /// not fit.
    var rounded: Int? {
        guard var value = significand else { return nil }
        guard fractionDigits > 0 else { return value }
        // More fraction digits than Int has: the value is below one.
        guard fractionDigits < 19 else { return 0 }
        var divisor = 1
        for _ in 0..<fractionDigits { divisor *= 10 }  // at most 10^18: cannot overflow
        let remainder = value % divisor
        value /= divisor
        return remainder * 2 >= divisor ? value + 1 : value  // value < Int.max / 10 after the division
    }

    /// This value times `factor` (a scale such as 1,000,000), exact, or too large.
    func multiplied(by factor: Int) -> ExactDecimal {
        guard let significand, factor >= 0 else { return .tooLarge(fractionDigits: fractionDigits) }
        let (product, overflow) = significand.multipliedReportingOverflow(by: factor)
        guard !overflow else { return .tooLarge(fractionDigits: max(0, fractionDigits - Self.trailingZeros(of: factor))) }
        var result = ExactDecimal(significand: product, fractionDigits: fractionDigits)
        result.dropTrailingFractionZeros()
        return result
    }

    /// This value plus a whole number, exact, or too large.
    func adding(_ whole: Int) -> ExactDecimal {
        guard let significand, whole >= 0 else { return .tooLarge(fractionDigits: fractionDigits) }
        var shifted: Int? = whole
        for _ in 0..<fractionDigits {
            guard let value = shifted else { break }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            shifted = overflow ? nil : product
        }
        guard let shifted else { return .tooLarge(fractionDigits: fractionDigits) }
        let (sum, overflow) = significand.addingReportingOverflow(shifted)
        return overflow ? .tooLarge(fractionDigits: fractionDigits) : ExactDecimal(significand: sum, fractionDigits: fractionDigits)
    }

    private mutating func dropTrailingFractionZeros() {
        guard var value = significand else { return }
        while fractionDigits > 0, value % 10 == 0 {
            value /= 10
            fractionDigits -= 1
        }
        significand = value
    }

    private static func trailingZeros(of value: Int) -> Int {
        guard value != 0 else { return 0 }
        var value = value
        var count = 0
        while value % 10 == 0 { value /= 10; count += 1 }
        return count
    }
}

extension Int {
    /// `self + other`, or nil when the sum does not fit.
    func adding(checked other: Int) -> Int? {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? nil : sum
    }

    /// `self * other`, or nil when the product does not fit.
    func multiplied(checked other: Int) -> Int? {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? nil : product
    }
}
