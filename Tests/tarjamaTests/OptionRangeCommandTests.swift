import Foundation
import Testing
import TestSupport

/// Option values that once reached a trapping conversion: each is a usage error (exit 2, one
/// line), never a crash.
@Suite("Option values out of range (end to end)")
struct OptionRangeCommandTests {
    @Test(
        "align --parameter refuses a non-finite value and a band no search can take",
        arguments: [
            "initialBand=1e300", "initialBand=nan", "initialBand=1", "mergePenalty=inf", "numberWeight=nan",
        ])
    func alignParameters(setting: String) throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let arabic = directory.appendingPathComponent("a.txt"), english = directory.appendingPathComponent("e.txt")
        try Data("وصلت قافلة إلى حماة.\n".utf8).write(to: arabic)
        try Data("A convoy reached Hama.\n".utf8).write(to: english)
        let result = try TarjamaBinary.run(["align", arabic.path, english.path, "--parameter", setting])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("--parameter"))
    }

    @Test(
        "serve refuses timeouts whose nanoseconds overflow",
        arguments: [
            ["--timeout", "99999999999"], ["--idle-timeout", "9223372036854775807"],
        ])
    func serveTimeouts(arguments: [String]) throws {
        let result = try TarjamaBinary.run(["serve", "--port", "0", "--db", "unused.sqlite", "--tokens", "unused.txt"] + arguments)
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("86400"))
    }
}
