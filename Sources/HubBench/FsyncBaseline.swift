#if canImport(Glibc)
import Glibc
#endif

/// The floor for any durable acknowledgement on this disk: append a small record to a file
/// and `fdatasync` it, `count` times. SQLite in WAL mode does the same kind of append plus
/// sync per commit, so the scan figure can be read against this one.
struct FsyncBaseline {
    let path: String
    let recordBytes: Int

    func run(count: Int) throws -> [Duration] {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw BenchFailure("could not create \(path): \(Self.lastError()) — check that --dir is writable")
        }
        defer {
            close(fd)
            unlink(path)
        }
        let record = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, recordBytes - 1)) + [0x0A]
        var latencies: [Duration] = []
        latencies.reserveCapacity(count)
        for _ in 0..<count {
            let started = ContinuousClock.now
            try append(record, to: fd)
            guard fdatasync(fd) == 0 else {
                throw BenchFailure("fdatasync on \(path) failed: \(Self.lastError())")
            }
            latencies.append(ContinuousClock.now - started)
        }
        return latencies
    }

    private func append(_ record: [UInt8], to fd: Int32) throws {
        var offset = 0
        while offset < record.count {
            let written = record[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw BenchFailure("write to \(path) failed: \(Self.lastError())")
            }
            offset += written
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
