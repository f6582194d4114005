#ifndef TARJAMA_SIGNAL_CLEANUP_H
#define TARJAMA_SIGNAL_CLEANUP_H

/* Temporary files in flight, removed when the process is stopped by SIGINT, SIGTERM or SIGHUP
 * (and at exit), so an interrupted write leaves nothing behind. The table is preallocated and the
 * handler only uses atomics, unlink, sigaction and raise: it is async-signal-safe, which Swift
 * code (reference counting, allocation, locks) cannot promise to be. */

/// Records `path` (a NUL-terminated file path) for removal; returns the slot to pass to
/// tarjama_cleanup_unregister, or -1 when the path is too long or the table is full (the write
/// goes on without the protection; the next write to the same target removes the leftover).
int tarjama_cleanup_register(const char *path);

/// Forgets `slot` (the file was renamed into place or removed). A slot of -1 is ignored.
void tarjama_cleanup_unregister(int slot);

/// Installs the handlers once per process: for each of SIGINT, SIGTERM and SIGHUP only where the
/// disposition is still the default (a signal the parent ignored, or one that the program handles
/// itself, is left alone), and an exit hook. The handler removes every registered file, restores
/// the default action and raises the signal again, so the exit status still says which signal.
/// Does nothing after tarjama_cleanup_leave_signals.
void tarjama_cleanup_install(void);

/// Leaves SIGINT, SIGTERM and SIGHUP to the program (a service with its own graceful shutdown);
/// registered files are then removed at exit only.
void tarjama_cleanup_leave_signals(void);

/// How many files are registered now (for tests).
int tarjama_cleanup_count(void);

#endif
