import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The floor for any durable acknowledgement on this disk: append a record to a file and
/// `fdatasync` it. SQLite in WAL mode does the same kind of append plus sync per commit, so
/// the scan figure is read against this one, taken between the scans of the same run.
final class FsyncBaseline {
    /// Where the file goes, and a fixed record size or nil for "what a commit appends".
    struct Builder: Sendable {
        let path: String
        let recordBytes: Int?

        func open(recordBytes measured: Int) throws -> FsyncBaseline {
            let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw BenchFailure("could not create \(path): \(FsyncBaseline.lastError()) — check that --dir is writable")
            }
            return FsyncBaseline(fd: fd, path: path, recordBytes: recordBytes ?? measured)
        }
    }

    let path: String
    let recordBytes: Int
    private let fd: Int32
    private let record: [UInt8]

    private init(fd: Int32, path: String, recordBytes: Int) {
        self.fd = fd
        self.path = path
        self.recordBytes = recordBytes
        record = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, recordBytes - 1)) + [0x0A]
    }

    /// One append and its `fdatasync`, timed.
    func append() throws -> Duration {
        let started = ContinuousClock.now
        var offset = 0
        while offset < record.count {
            let written = record[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw BenchFailure("write to \(path) failed: \(Self.lastError())")
            }
            offset += written
        }
        guard fdatasync(fd) == 0 else {
            throw BenchFailure("fdatasync on \(path) failed: \(Self.lastError())")
        }
        return ContinuousClock.now - started
    }

    func close() {
        _ = Glibc.close(fd)
        unlink(path)
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
