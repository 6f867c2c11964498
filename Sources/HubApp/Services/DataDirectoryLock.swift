import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One daemon per data directory: two writers on one database with different sockets would
/// each think they own the morning's scans.
final class DataDirectoryLock: Sendable {
    private let fd: Int32

    init(directory: String) throws(StartupError) {
        let path = directory + "/hubd.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            throw StartupError(.dataDirectory, "cannot open \(path): \(String(cString: strerror(errno))) — check that the data directory is writable by hubd")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw StartupError(.dataDirectory, "another hubd is already using \(directory) — stop it first (systemctl stop hubd)")
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { write(fd, $0, strlen($0)) }
        self.fd = fd
    }

    deinit {
        close(fd)
    }
}
