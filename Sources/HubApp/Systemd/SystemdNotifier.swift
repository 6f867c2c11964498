import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The sd_notify protocol without libsystemd: each message is one datagram of `KEY=value` lines
/// to the Unix socket systemd names in `NOTIFY_SOCKET` (a path, or `@name` for the abstract
/// namespace). Without that variable (hubd started by hand or by a test) every call does nothing.
///
/// Sending never blocks: systemd reads these at once, and a notification that cannot be sent
/// is not worth stalling the hub for, so failures are only counted for `kiosk status`.
struct SystemdNotifier: Sendable {
    let socketPath: String?
    /// From `WATCHDOG_USEC`, when systemd expects `WATCHDOG=1` from this process.
    let watchdogInterval: Duration?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        socketPath = path
        let forThisProcess = environment["WATCHDOG_PID"].map { Int32($0) == getpid() } ?? true
        if path != nil, forThisProcess, let micros = environment["WATCHDOG_USEC"].flatMap(Int64.init), micros > 0 {
            watchdogInterval = .microseconds(micros)
        } else {
            watchdogInterval = nil
        }
    }

    func ready(status: String) {
        send(["READY=1", "STATUS=" + status])
    }

    func status(_ text: String) {
        send(["STATUS=" + text])
    }

    func stopping() {
        send(["STOPPING=1", "STATUS=stopping"])
    }

    func watchdog() {
        send(["WATCHDOG=1"])
    }

    /// One datagram; a newline inside a value would start a bogus field, so it becomes a space.
    @discardableResult
    func send(_ fields: [String]) -> Bool {
        guard let socketPath else { return false }
        let message = fields.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(socketPath.utf8)
        if pathBytes.first == UInt8(ascii: "@") {
            pathBytes[0] = 0
        }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: pathBytes)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count)
        let sent = message.utf8CString.withUnsafeBufferPointer { text in
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    sendto(fd, text.baseAddress, text.count - 1, Int32(MSG_NOSIGNAL | MSG_DONTWAIT), socketAddress, length)
                }
            }
        }
        return sent >= 0
    }
}
