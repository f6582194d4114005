/// `Content-Disposition: attachment` for a download named after user data (a document name), as
/// RFC 6266 has it: a plain ASCII `filename` for old clients, in which nothing can end the quoted
/// string or start another parameter, and the exact name as RFC 5987 UTF-8 in `filename*`.
enum ContentDisposition {
    /// The header value for a download saved as `filename`.
    static func attachment(filename: String) -> String {
        "attachment; filename=\"\(asciiFallback(filename))\"; filename*=UTF-8''\(percentEncoded(filename))"
    }

    /// `filename` with every character that is not printable ASCII, and `"`, `\` and `%` (which
    /// some clients decode), replaced by `_`, one `_` for a run.
    static func asciiFallback(_ filename: String) -> String {
        var result = ""
        var replacing = false
        for scalar in filename.unicodeScalars {
            if (0x20...0x7E).contains(scalar.value) && !"\"\\%".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
                replacing = false
            } else if !replacing {
                result += "_"
                replacing = true
            }
        }
        return result
    }

    /// The UTF-8 bytes of `text` with everything but RFC 5987's attr-char percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if isAttributeCharacter(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~".
    private static func isAttributeCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$&+-.^_`|~".utf8.contains(byte)
        }
    }
}
