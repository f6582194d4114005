import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tarjama` command: a thin shell over the Tarjama library, one subcommand per file.
@main
struct TarjamaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjama",
        abstract: "Arabic→English translation assist: segmentation, glossary suggestions, alignment and TMX.",
        discussion: """
            Text is UTF-8 in and out; offsets are UTF-16 code units from the start of the document.
            Output files are written to a temporary file and renamed into place.
            Exit status: 0 success, 1 the input was refused, 2 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            Demo.self,
            SegmentCommand.self,
            BidiCommand.self,
            Normalize.self,
            Translit.self,
            Numbers.self,
            Suggest.self,
            Apply.self,
            Check.self,
            GlossaryCommand.self,
            Align.self,
            Tmx.self,
            Xliff.self,
            TM.self,
            Pretranslate.self,
            Serve.self,
        ]
    )

    /// Runs the command with the exit codes of ARCHITECTURE.md (Contracts): ArgumentParser reports usage
    /// errors as 64 (EX_USAGE); Tarjama's contract says 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code.rawValue == 64 {
                StandardError.write(fullMessage(for: error) + "\n")
                Self.exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}

/// Unbuffered writes to standard error, for refusals, warnings and progress.
enum StandardError {
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let written = systemWrite(2, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { break }
                offset += written
            }
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
