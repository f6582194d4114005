extension TermChecker {
    /// The text of the paragraph or item number that opens a segment (`10 - تقرر`, `(3) يطلب`,
    /// `٤. وتوصي`): a label the translation may renumber or leave out, as UN English does,
    /// not a quantity to find in the target. Nil when the segment does not open with one.
    static func leadingLabel(_ units: [UInt16]) -> String? {
        var index = 0
        while index < units.count, units[index] == 0x20 || units[index] == 0x09 || units[index] == 0x200F { index += 1 }
        let bracketed = index < units.count && units[index] == 0x28
        if bracketed { index += 1 }
        let start = index
        while index < units.count, index - start < 3, isDigit(units[index]) { index += 1 }
        guard index > start else { return nil }
        let label = String(decoding: units[start..<index], as: UTF16.self)
        if bracketed {
            guard index < units.count, units[index] == 0x29 else { return nil }
            index += 1
        } else {
            while index < units.count, units[index] == 0x20 { index += 1 }
            guard index < units.count, [0x2D, 0x2013, 0x2E, 0x29].contains(units[index]) else { return nil }
            index += 1
        }
        guard index < units.count, units[index] == 0x20 || units[index] == 0x09 else { return nil }
        return label
    }

    private static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x0660...0x0669).contains(unit) || (0x06F0...0x06F9).contains(unit)
    }
}
