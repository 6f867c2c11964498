import Foundation
import HubAPI
#if canImport(Glibc)
import Glibc
#endif

/// Hummingbird deletes whatever file sits at the socket path when it binds, which would
/// silently steal the socket of a hub that is still running. So we look first: a live
/// listener means refuse, a dead socket file is stale and removed.
enum SocketPreparation {
    static func prepare(path: String) throws(StartupError) {
        guard path.utf8.count < 108 else {
            throw StartupError(.socketPath, "socket path \(path) is longer than 107 bytes — choose a shorter [hub] socket")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw StartupError(.socketPath, "\(path) exists and is not a socket — move it away or choose another [hub] socket")
        }
        if UnixSocketProbe.isAnswering(path) {
            throw StartupError(.socketInUse, "socket \(path) is in use by a running hubd — stop that one first (systemctl stop hubd), or give this one another [hub] socket")
        }
        unlink(path)
    }

    /// Staff in the hub's group may use the console; nobody else on the Pi may.
    static func restrictMode(path: String) {
        chmod(path, 0o660)
    }
}
