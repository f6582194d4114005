public import Foundation

/// Locates the team's shared material (`../shared` beside the repository, or `$TARJAMA_SHARED`).
///
/// Tests that need it call ``require(_:)`` and are skipped with the reason when it is absent, so a
/// clone without `shared/` still runs every other test.
public enum SharedData {
    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }()

    /// The shared folder, or nil when it is not there.
    /// `$TARJAMA_SHARED`, when set, is the only place looked at: pointing it at an empty folder
    /// runs the suite as a newcomer's clone without shared/ would (CI does this once).
    public static let root: URL? = {
        let candidate =
            ProcessInfo.processInfo.environment["TARJAMA_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("design.md").path) ? candidate : nil
    }()

    /// Whether `relativePath` (e.g. `samples/aleppo-radio-2016.ar.txt`) is available.
    public static func has(_ relativePath: String) -> Bool {
        guard let root else { return false }
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(relativePath).path)
    }

    /// The URL of `relativePath` inside shared/, or nil when absent.
    public static func url(_ relativePath: String) -> URL? {
        has(relativePath) ? root!.appendingPathComponent(relativePath) : nil
    }

    /// Why a test that needs `relativePath` is skipped.
    public static func missingReason(_ relativePath: String) -> String {
        "needs ../shared/\(relativePath), which is not beside this clone (set TARJAMA_SHARED to point at it)"
    }

    /// The real Arabic radio transcript.
    public static let transcriptPath = "samples/aleppo-radio-2016.ar.txt"
}

/// Fixtures shipped with the tests.
public enum Fixtures {
    /// The URL of fixture `name` (in `Tests/TestSupport/Fixtures`).
    public static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}
