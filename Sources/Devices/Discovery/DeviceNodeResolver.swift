import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves a configured device path to the node it stands for, because configs name stable
/// symlinks (`/dev/input/by-id/…`, `/dev/serial/by-id/…`) while sysfs names the real node.
///
/// `devRoot` is the directory the absolute paths live under ("/" on the hub), so tests can
/// resolve against a fixture tree.
struct DeviceNodeResolver {
    let devRoot: String

    /// The real node ("/dev/input/event3"), or the path unchanged when it does not exist.
    func resolve(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let root = devRoot.hasSuffix("/") ? String(devRoot.dropLast()) : devRoot
        guard let real = Self.realPath(root + path) else { return path }
        guard !root.isEmpty else { return real }
        let realRoot = Self.realPath(root) ?? root
        guard real.hasPrefix(realRoot + "/") else { return real }
        return String(real.dropFirst(realRoot.count))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
