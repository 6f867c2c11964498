import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The floor for any durable acknowledgement on this disk: write a commit's worth of bytes and
/// `fdatasync` them, where SQLite writes its WAL frames. After its first checkpoint SQLite
/// reuses the WAL from the start, overwriting blocks that already exist, so the record goes
/// into a file filled beforehand to the WAL's size (1,000 pages), at the next offset and round
/// again. Appending instead would also sync the growing file's size and blocks each time,
/// a higher floor than the WAL ever pays. Taken between the scans of the same run.
final class FsyncBaseline {
    /// Where the file goes, and a fixed record size or nil for "what a commit appends".
    struct Builder: Sendable {
        let path: String
        let recordBytes: Int?

        func open(recordBytes measured: Int) throws -> FsyncBaseline {
            let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw BenchFailure("could not create \(path): \(FsyncBaseline.lastError()) — check that --dir is writable")
            }
            let baseline = FsyncBaseline(fd: fd, path: path, recordBytes: recordBytes ?? measured)
            try baseline.fill()
            return baseline
        }
    }

    /// SQLite's default WAL size before it checkpoints: 1,000 pages of 4 KiB plus frame headers.
    static let walBytes = 1000 * (4096 + 24)

    let path: String
    let recordBytes: Int
    private let fd: Int32
    private let record: [UInt8]
    private var offset = 0

    private init(fd: Int32, path: String, recordBytes: Int) {
        self.fd = fd
        self.path = path
        self.recordBytes = recordBytes
        record = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, recordBytes - 1)) + [0x0A]
    }

    /// One record written in place and its `fdatasync`, timed.
    func writeAndSync() throws -> Duration {
        if offset + record.count > max(Self.walBytes, record.count) {
            offset = 0
        }
        let started = ContinuousClock.now
        try write(record, at: offset)
        guard fdatasync(fd) == 0 else {
            throw BenchFailure("fdatasync on \(path) failed: \(Self.lastError())")
        }
        let elapsed = ContinuousClock.now - started
        offset += record.count
        return elapsed
    }

    /// Writes the whole region once and syncs it, untimed, so the timed writes find their
    /// blocks allocated, as the WAL's are.
    fileprivate func fill() throws {
        let block = [UInt8](repeating: 0, count: 64 * 1024)
        var at = 0
        while at < max(Self.walBytes, record.count) {
            try write(block, at: at)
            at += block.count
        }
        guard fsync(fd) == 0 else {
            throw BenchFailure("fsync on \(path) failed: \(Self.lastError())")
        }
    }

    private func write(_ bytes: [UInt8], at start: Int) throws {
        var done = 0
        while done < bytes.count {
            let written = bytes[done...].withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(start + done)) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw BenchFailure("write to \(path) failed: \(Self.lastError())")
            }
            done += written
        }
    }

    func close() {
        _ = Glibc.close(fd)
        unlink(path)
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
