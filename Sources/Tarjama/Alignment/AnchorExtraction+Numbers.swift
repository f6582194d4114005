extension AnchorExtraction {
    /// Numbers written in digits (ASCII, Arabic-Indic, Eastern Arabic-Indic), with thousands
    /// separators (`3,033`, `٣٬٠٣٣`) and decimals (`2.5`, `٢٫٥`).
    ///
    /// Interim: replaced by the project's number parser (which also reads number words) once it lands.
    static func numbers(in text: String, language: String) -> [Double] {
        var values: [Double] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func digit(_ i: Int) -> Int? {
            guard i < scalars.count else { return nil }
            let v = scalars[i].value
            if (0x30...0x39).contains(v) { return Int(v - 0x30) }
            if (0x0660...0x0669).contains(v) { return Int(v - 0x0660) }
            if (0x06F0...0x06F9).contains(v) { return Int(v - 0x06F0) }
            return nil
        }
        while index < scalars.count {
            guard let first = digit(index) else { index += 1; continue }
            var value = Double(first)
            index += 1
            while true {
                if let d = digit(index) {
                    value = value * 10 + Double(d)
                    index += 1
                } else if index < scalars.count, scalars[index] == "," || scalars[index] == "\u{066C}",
                          digit(index + 1) != nil, digit(index + 2) != nil, digit(index + 3) != nil, digit(index + 4) == nil {
                    value = value * 1000 + Double(digit(index + 1)! * 100 + digit(index + 2)! * 10 + digit(index + 3)!)
                    index += 4
                } else {
                    break
                }
            }
            if index < scalars.count, scalars[index] == "." || scalars[index] == "\u{066B}", digit(index + 1) != nil {
                index += 1
                var scale = 0.1
                while let d = digit(index) {
                    value += Double(d) * scale
                    scale /= 10
                    index += 1
                }
            }
            values.append(value)
        }
        return values
    }
}
