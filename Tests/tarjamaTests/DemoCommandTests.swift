import Testing
import TestSupport

@Suite("tarjama demo (end to end)")
struct DemoCommandTests {
    @Test("the demo runs on the bundled sample and exits 0")
    func demoRuns() throws {
        let result = try TarjamaBinary.run(["demo"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Tarjama demo"))
    }

    @Test("an unknown subcommand is a usage error (exit 64 from ArgumentParser is mapped to 2)")
    func unknownSubcommand() throws {
        let result = try TarjamaBinary.run(["no-such-command"])
        #expect(result.status != 0)
    }
}
