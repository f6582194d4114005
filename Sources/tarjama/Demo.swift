import ArgumentParser
import Tarjama
import TarjamaText

/// `tarjama demo`: runs the whole pipeline that exists on the bundled sample and says what it did.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline on the bundled sample transcript and explain each step."
    )

    func run() async throws {
        let arabic = Document(name: "demo.ar", text: DemoSample.arabic)
        let english = Document(name: "demo.en", text: DemoSample.english)
        print("Tarjama demo on the bundled sample (ICU \(ICU.version))")
        print("1. Decoded the Arabic transcript: \(arabic.count) UTF-16 units; the English translation: \(english.count).")
        try textServicesStep(arabic: arabic)
        try writeExchangeFiles(step: 2)
        try demonstrateMemory(step: 3)
    }
}
