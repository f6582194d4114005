import Foundation
import Synchronization
import Testing
import Tarjama
import TestSupport

@Suite("Atomic file writer")
struct AtomicFileWriterTests {
    @Test("an abandoned write leaves the existing file byte-for-byte unchanged")
    func abandonedWriteLeavesFile() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("glossary.tsv").path
        try AtomicFileWriter.write("old\n", to: path)
        do {
            let writer = try AtomicFileWriter(path: path)
            try writer.write(String(repeating: "new\n", count: 100_000))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["glossary.tsv"])
    }

    @Test("a committed write replaces the file")
    func committedWriteReplaces() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("out.txt").path
        try AtomicFileWriter.write("one", to: path)
        try AtomicFileWriter.write("two", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    }

    @Test("a missing directory is refused with the file named")
    func missingDirectory() {
        #expect(throws: OutputError.self) { try AtomicFileWriter(path: "/nonexistent-dir/x.tmx") }
    }

    @Test("a replaced file keeps its mode, 0600 and 0640 alike, and the temporary file is never more readable than it")
    func modeKept() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        for mode: mode_t in [0o600, 0o640, 0o604] {
            let path = directory.appendingPathComponent("out-\(mode).tmx").path
            try AtomicFileWriter.write("old\n", to: path)
            #expect(chmod(path, mode) == 0)
            let writer = try AtomicFileWriter(path: path)
            try writer.write(String(repeating: "new\n", count: 50_000))
            let temporary = try #require(try Self.temporaryFiles(in: directory).first)
            #expect(Self.status(directory.appendingPathComponent(temporary).path).st_mode & 0o7777 == mode)
            try writer.commit()
            #expect(Self.status(path).st_mode & 0o7777 == mode)
            #expect(try Self.temporaryFiles(in: directory).isEmpty)
        }
    }

    @Test("a new file gets the default mode: 0666 less the umask")
    func newFileDefaultMode() throws {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") }, "no Umask line in /proc/self/status")
        let umask = try #require(mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8))
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("new.tsv").path
        try AtomicFileWriter.write("x\n", to: path)
        #expect(Self.status(path).st_mode & 0o7777 == 0o666 & ~umask)
    }

    @Test("as root, a replaced file keeps its owner and group", .enabled(if: geteuid() == 0, "needs root to give a file away"))
    func ownerKept() throws {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("glossary.tsv").path
        try AtomicFileWriter.write("old\n", to: path)
        #expect(chown(path, 65534, 65533) == 0)
        #expect(chmod(path, 0o640) == 0)
        try AtomicFileWriter.write("new\n", to: path)
        let status = Self.status(path)
        #expect(status.st_uid == 65534 && status.st_gid == 65533)
        #expect(status.st_mode & 0o7777 == 0o640)
    }

    @Test("an output that is a symbolic link stays a link, and the file it points to is replaced")
    func symbolicLinkKept() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let real = directory.appendingPathComponent("real")
        let links = directory.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: false)
        let target = real.appendingPathComponent("glossary.tsv").path
        try AtomicFileWriter.write("old\n", to: target)
        #expect(chmod(target, 0o600) == 0)
        // A chain: links/current -> links/relative -> ../real/glossary.tsv
        let relative = links.appendingPathComponent("relative").path
        let current = links.appendingPathComponent("current").path
        #expect(symlink("../real/glossary.tsv", relative) == 0)
        #expect(symlink(relative, current) == 0)
        try AtomicFileWriter.write("new\n", to: current)
        #expect(Self.linkStatus(current).st_mode & S_IFMT == S_IFLNK)
        #expect(Self.linkStatus(relative).st_mode & S_IFMT == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: relative) == "../real/glossary.tsv")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(Self.status(target).st_mode & 0o7777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path) == ["glossary.tsv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: links.path).sorted() == ["current", "relative"])
    }

    @Test("a link to a file that does not exist yet creates that file; a loop of links is refused")
    func danglingAndLoopingLinks() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let link = directory.appendingPathComponent("out.tmx").path
        #expect(symlink("made.tmx", link) == 0)
        try AtomicFileWriter.write("x\n", to: link)
        #expect(Self.linkStatus(link).st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: directory.appendingPathComponent("made.tmx").path, encoding: .utf8) == "x\n")
        let loop = directory.appendingPathComponent("loop").path
        #expect(symlink("loop", loop) == 0)
        #expect(throws: OutputError.self) { try AtomicFileWriter.write("x\n", to: loop) }
    }

    @Test("a directory is refused; a pipe is written as it is, not replaced by a file")
    func directoryAndPipe() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        #expect(throws: OutputError.self) { try AtomicFileWriter.write("x", to: directory.path) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Mutex(Data())
        let reader = DispatchGroup()
        DispatchQueue.global().async(group: reader) {
            let data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            received.withLock { $0 = data }
        }
        try AtomicFileWriter.write("through the pipe\n", to: fifo)
        reader.wait()
        #expect(String(decoding: received.withLock { $0 }, as: UTF8.self) == "through the pipe\n")
        #expect(Self.linkStatus(fifo).st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pipe"])
    }

    @Test("a temporary file left by a process that no longer exists is removed by the next write; a live process's is kept")
    func staleTemporaryFileRemoved() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("out.tmx").path
        try AtomicFileWriter.write("old\n", to: path)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let stale = ".out.tmx.tmp-\(dead)-12345"
        let live = ".out.tmx.tmp-1-67890"
        let otherTarget = ".other.tmx.tmp-\(dead)-1"
        for name in [stale, live, otherTarget] {
            try Data(repeating: 0x61, count: 1000).write(to: directory.appendingPathComponent(name))
        }
        try AtomicFileWriter.write("new\n", to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [live, otherTarget, "out.tmx"].sorted())
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    }

    /// Names of temporary files (`.<name>.tmp-…`) in `directory`.
    static func temporaryFiles(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }

    static func status(_ path: String) -> stat {
        var status = stat()
        _ = stat(path, &status)
        return status
    }

    static func linkStatus(_ path: String) -> stat {
        var status = stat()
        _ = lstat(path, &status)
        return status
    }
}
