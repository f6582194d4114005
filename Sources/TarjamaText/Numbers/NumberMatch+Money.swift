extension NumberMatch {
    /// A currency Arabic news names after an amount, and how English news writes it.
    public enum Currency: String, Sendable, Hashable {
        case dollar, euro

        /// The sign English news puts before the figure.
        public var sign: String {
            switch self {
            case .dollar: "$"
            case .euro: "€"
            }
        }

        /// The currency's name in English, plural.
        public var plural: String {
            switch self {
            case .dollar: "dollars"
            case .euro: "euros"
            }
        }
    }

    /// The currency word right after the number in `buffer` (spaces between): دولار, دولارا,
    /// دولاراً, دولارات, يورو; with the end of that word. Nil when there is none.
    public func currency(in buffer: UnsafeBufferPointer<UInt16>) -> (currency: Currency, end: Int)? {
        guard kind == .cardinal else { return nil }
        var index = range.upperBound
        while index < buffer.count, buffer[index] == 0x20 || buffer[index] == 0xA0 { index += 1 }
        guard index > range.upperBound else { return nil }
        func matches(_ word: [UInt16]) -> Bool {
            index + word.count <= buffer.count && buffer[index..<(index + word.count)].elementsEqual(word)
        }
        let currency: Currency
        var end: Int
        if matches(Self.dollar) {
            currency = .dollar
            end = index + Self.dollar.count
            // دولارا, دولاراً, دولارات.
            if end < buffer.count, buffer[end] == 0x0627 {
                end += 1
                if end < buffer.count, buffer[end] == 0x064B || buffer[end] == 0x062A { end += 1 }
            }
        } else if matches(Self.euro) {
            currency = .euro
            end = index + Self.euro.count
        } else {
            return nil
        }
        if end < buffer.count, WordScanner.shared.isWordUnit(buffer[end]) { return nil }
        return (currency, end)
    }

    /// The amount as English news writes money: always in figures, the sign first, millions
    /// with their scale word ("$3.6 billion", "$5", "€2,500"); nil when too large for a value.
    public func moneyRendering(_ currency: Currency) -> String? {
        guard let value else { return nil }
        return currency.sign + (Self.scaled(value) ?? Self.grouped(value))
    }

    /// The other ways to write the amount: "$3,600,000,000", "$3.6bn", "3.6 billion dollars".
    public func moneyAlternatives(_ currency: Currency) -> [String] {
        guard let value else { return [] }
        let figures = Self.scaled(value) ?? Self.grouped(value)
        let compact = Self.scaled(value, compact: true).map { [currency.sign + Self.grouped(value), currency.sign + $0] } ?? []
        return compact + ["\(figures) \(currency.plural)"]
    }

    private static let dollar = Array("دولار".utf16)
    private static let euro = Array("يورو".utf16)
}
