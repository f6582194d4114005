import Foundation
import Testing
import TestSupport

@Suite("tarjama bidi (end to end)")
struct BidiCommandTests {
    static func file(_ text: String) throws -> URL {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent("text.txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("--audit reports an unbalanced RLO with file:line:column and exits 1")
    func auditUnbalanced() throws {
        let url = try Self.file("سطر اول\nقال \u{202E}المحافظ ذلك\n")
        let result = try TarjamaBinary.run(["bidi", "--audit", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(url.path):2:5: RLO (U+202E) is not closed"), "stdout: \(result.stdout)")
    }

    @Test("--audit passes balanced text with exit 0 (the default mode)")
    func auditBalanced() throws {
        let result = try TarjamaBinary.run(["bidi", "-"], stdin: Data("قال \u{2066}SANA\u{2069} ذلك\u{200F}\n".utf8))
        #expect(result.status == 0, "stdout: \(result.stdout)")
        #expect(result.stdout.contains("no unbalanced bidi controls (3 bidi controls, 1 mark)"))
    }

    @Test("--strip, --visual and --isolate write the transformed text")
    func transforms() throws {
        let input = Data("عام 2016 \u{202E}SANA\n".utf8)
        #expect(try TarjamaBinary.run(["bidi", "--strip", "-"], stdin: input).stdout == "عام 2016 SANA\n")
        #expect(try TarjamaBinary.run(["bidi", "--visual", "-"], stdin: Data("عام 2016 SANA\n".utf8)).stdout == "SANA 2016 ماع\n")
        #expect(
            try TarjamaBinary.run(["bidi", "--isolate", "-"], stdin: Data("عام 2016 SANA\n".utf8)).stdout
                == "عام \u{2066}2016\u{2069} \u{2066}SANA\u{2069}\n")
    }

    @Test("invalid UTF-8 is refused with exit 1 and one line naming the file and byte")
    func invalid() throws {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent("bad.txt")
        try Data([0x61, 0xFF]).write(to: url)
        let result = try TarjamaBinary.run(["bidi", "--audit", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("\(url.path): invalid UTF-8 at byte 1"))
    }
}
