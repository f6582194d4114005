import CSignalCleanup
import Foundation

extension AtomicFileWriter {
    /// What a path names once symbolic links are followed.
    enum ResolvedPath {
        /// A regular file (existing or not) to replace: its path with links resolved, its
        /// directory and name, and its status when it exists.
        case file(path: String, directory: String, name: String, existing: stat?)
        /// A device, pipe or socket: written as it is, with nothing to rename.
        case stream
    }

    /// How many links a chain may have before it counts as a loop (Linux's own limit).
    static let maximumLinkHops = 40

    /// Follows `path` to the file to replace, refusing a directory and a link loop.
    static func resolve(_ path: String) throws(OutputError) -> ResolvedPath {
        var status = stat()
        if stat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw .cannotWrite(file: path, reason: "it is a directory") }
            if status.st_mode & S_IFMT != S_IFREG { return .stream }
        }
        var current = path
        for _ in 0...maximumLinkHops {
            let (directory, name) = split(current)
            guard !name.isEmpty, name != ".", name != ".." else {
                throw .cannotWrite(file: path, reason: "the path names a directory, not a file")
            }
            if lstat(current, &status) != 0 {
                guard errno == ENOENT else { throw .cannotWrite(file: path, reason: systemReason()) }
                return .file(path: current, directory: try existingDirectory(directory, for: path), name: name, existing: nil)
            }
            guard status.st_mode & S_IFMT == S_IFLNK else {
                return .file(path: current, directory: try existingDirectory(directory, for: path), name: name, existing: status)
            }
            let destination = try linkDestination(current, for: path)
            current = destination.hasPrefix("/") ? destination : directory + "/" + destination
        }
        throw .cannotWrite(file: path, reason: "too many levels of symbolic links")
    }

    /// The directory part (`.` when there is none) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.utf8.index(after: slash)...]))
    }

    private static func existingDirectory(_ directory: String, for path: String) throws(OutputError) -> String {
        var status = stat()
        guard stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotWrite(file: path, reason: "the directory \(directory) does not exist")
        }
        return directory
    }

    private static func linkDestination(_ link: String, for path: String) throws(OutputError) -> String {
        var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &bytes, bytes.count - 1)
        guard count > 0 else { throw .cannotWrite(file: path, reason: systemReason()) }
        return String(decoding: bytes.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Creates `.<name>.tmp-<pid>-<random>` beside `file` with `O_EXCL`, registered for removal on
    /// a signal before it exists, with the existing file's owner, group and mode (owner and group
    /// only where this process may set them) or, for a new file, the default mode.
    static func createTemporaryFile(
        for file: String, directory: String, name: String, existing: stat?,
        reportedAs path: String
    ) throws(OutputError) -> (descriptor: Int32, path: String, slot: Int32) {
        TemporaryFiles.install()
        for _ in 0..<16 {
            let temporary = directory + "/." + name + temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let slot = tarjama_cleanup_register(temporary)
            // Until the mode is known to be the target's, nobody else may read the file.
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existing == nil ? 0o666 : 0o600)
            if descriptor < 0 {
                let failure = errno
                tarjama_cleanup_unregister(slot)
                if failure == EEXIST { continue }
                throw .cannotWrite(
                    file: path, reason: "cannot create a temporary file in \(directory): \(String(cString: strerror(failure)))")
            }
            if let existing {
                if geteuid() == 0 {
                    _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                } else if existing.st_gid != getegid() {
                    // Allowed when this user is a member of the group; otherwise the group is ours.
                    _ = fchown(descriptor, uid_t.max, existing.st_gid)
                }
                // After chown, which clears set-user-ID and set-group-ID bits.
                if fchmod(descriptor, existing.st_mode & 0o7777) != 0 {
                    let reason = systemReason()
                    close(descriptor)
                    unlink(temporary)
                    tarjama_cleanup_unregister(slot)
                    throw .cannotWrite(file: path, reason: "cannot give the temporary file the mode of the existing one: \(reason)")
                }
            }
            return (descriptor, temporary, slot)
        }
        throw .cannotWrite(file: path, reason: "cannot create a temporary file in \(directory)")
    }

    /// What separates a temporary file's target name from the process id that wrote it.
    static let temporaryMarker = ".tmp-"

    /// Removes `.<name>.tmp-<pid>-<random>` files whose process no longer exists: what a process
    /// killed outright (kill -9, a power cut) left behind. Files of live processes, including
    /// this one, are left alone.
    static func removeStaleTemporaryFiles(in directory: String, name: String) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let prefix = Array(("." + name + temporaryMarker).utf8)
        let me = getpid()
        while let entry = readdir(stream) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            guard entryName.count > prefix.count, entryName.starts(with: prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: UInt8(ascii: "-")),
                rest[dash...].dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                let pid = Int32(String(decoding: rest[..<dash], as: UTF8.self)),
                pid > 0, pid != me
            else { continue }
            // kill(pid, 0) sends nothing; ESRCH says no such process (EPERM: it exists, not ours).
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            let stale = directory + "/" + String(decoding: entryName, as: UTF8.self)
            var status = stat()
            if lstat(stale, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(stale) }
        }
    }

    /// Syncs `directory` so a rename in it is on disk; best effort, as some file systems cannot.
    static func synchronizeDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Seconds to pause after the first bytes reach the temporary file, from
    /// `TARJAMA_TEST_PAUSE_AFTER_TEMPORARY_FILE`: a test hook, so a test can interrupt a write
    /// at a known point. Unset (always, outside tests) means no pause.
    static func testPause() -> UInt32? {
        guard let value = getenv("TARJAMA_TEST_PAUSE_AFTER_TEMPORARY_FILE") else { return nil }
        return UInt32(String(cString: value)).map { min($0, 600) }
    }
}
