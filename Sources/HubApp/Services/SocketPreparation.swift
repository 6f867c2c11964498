import Foundation
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
        if isAnswering(path) {
            throw StartupError(.socketInUse, "socket \(path) is in use by a running hubd — stop that one first (systemctl stop hubd), or give this one another [hub] socket")
        }
        unlink(path)
    }

    static func isAnswering(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return result == 0
    }

    /// Staff in the hub's group may use the console; nobody else on the Pi may.
    static func restrictMode(path: String) {
        chmod(path, 0o660)
    }
}
