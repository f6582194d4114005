import CSignalCleanup

/// The process-wide table of temporary files that ``AtomicFileWriter`` has in flight.
///
/// On the first write the process gets handlers for SIGINT, SIGTERM and SIGHUP that remove those
/// files and then end the process with the signal's default action (so the shell still sees 130
/// or 143), plus an exit hook that removes them too. A signal the process already ignores or
/// handles is left alone. The table lives in C and the handler only unlinks, restores the default
/// action and raises again: all of it async-signal-safe.
public enum TemporaryFiles {
    /// Leaves SIGINT, SIGTERM and SIGHUP to the caller, for a program that shuts down gracefully
    /// on its own (`tarjama serve`: requests in flight, and their writes, finish first). Call it
    /// before the first write; temporary files are then removed at exit only.
    public static func leaveSignalsToCaller() {
        tarjama_cleanup_leave_signals()
    }

    /// How many temporary files are in flight now.
    public static var count: Int { Int(tarjama_cleanup_count()) }

    static func install() {
        tarjama_cleanup_install()
    }
}
