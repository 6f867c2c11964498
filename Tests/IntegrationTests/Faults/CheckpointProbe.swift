import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What SQLite's own files say about checkpoints, read without tracing hubd.
///
/// The WAL index (`hub.sqlite-shm`) holds, after two copies of its 48-byte header, the
/// checkpoint record: `nBackfill` (frames copied into the database, offset 96) and
/// `nBackfillAttempted` (offset 128). A checkpoint raises `nBackfillAttempted` before it
/// copies a single page and raises `nBackfill` to match only after the database file is
/// fsynced, so a killed hubd that leaves attempted > backfilled died inside a checkpoint.
/// The WAL file's header counts checkpoints that emptied the log (big-endian, offset 12).
struct CheckpointProbe {
    struct Marks: Equatable {
        var backfilled: UInt32
        var attempted: UInt32

        var checkpointRunning: Bool { attempted > backfilled }
    }

    let database: String

    func marks() -> Marks? {
        let fd = open(database + "-shm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return Self.marks(fd)
    }

    static func marks(_ fd: Int32) -> Marks? {
        guard let backfilled = word(fd, at: 96), let attempted = word(fd, at: 128) else { return nil }
        return Marks(backfilled: backfilled, attempted: attempted)
    }

    /// Polls the WAL index until a checkpoint is running, or the deadline passes.
    func waitForCheckpoint(until deadline: ContinuousClock.Instant, startedWith baseline: Marks?) async -> Bool {
        let fd = open(database + "-shm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        while ContinuousClock.now < deadline {
            if let marks = Self.marks(fd), Self.runningSince(baseline, now: marks) { return true }
            try? await Task.sleep(for: .microseconds(200))
        }
        return false
    }

    /// A crash recovery leaves attempted above backfilled until the first checkpoint, so only
    /// marks that moved since hubd started count as a checkpoint of this run.
    static func runningSince(_ baseline: Marks?, now: Marks) -> Bool {
        now.checkpointRunning && now.attempted != baseline?.attempted
    }

    /// Checkpoints that emptied the log since the file was created.
    func logResets() -> UInt32? {
        let fd = open(database + "-wal", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return Self.word(fd, at: 12).map { UInt32(bigEndian: $0) }
    }

    private static func word(_ fd: Int32, at offset: off_t) -> UInt32? {
        var value: UInt32 = 0
        guard pread(fd, &value, 4, offset) == 4 else { return nil }
        return value
    }
}
