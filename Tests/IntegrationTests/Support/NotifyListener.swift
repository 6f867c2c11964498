import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The socket systemd would give hubd as `NOTIFY_SOCKET`: a Unix datagram socket the test binds
/// and reads on a thread of its own, keeping every message with the time it arrived.
final class NotifyListener: Sendable {
    let path: String
    private let fd: Int32
    private let messages = Mutex<[(ContinuousClock.Instant, String)]>([])
    private let stopped = Atomic<Bool>(false)

    init(directory: String) throws {
        path = directory + "/notify.sock"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard fd >= 0, bound == 0 else { throw TimeoutError(what: "binding \(path)", seconds: 0) }
        let thread = Thread { [self] in receive() }
        thread.start()
    }

    deinit {
        stopped.store(true, ordering: .releasing)
        close(fd)
    }

    private func receive() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !stopped.load(ordering: .acquiring) {
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { continue }
            let text = String(decoding: buffer.prefix(count), as: UTF8.self)
            messages.withLock { $0.append((.now, text)) }
        }
    }

    var received: [String] { messages.withLock { $0.map(\.1) } }

    /// Arrival times of the messages holding `field`, e.g. "WATCHDOG=1".
    func times(of field: String) -> [ContinuousClock.Instant] {
        messages.withLock { $0.filter { $0.1.split(separator: "\n").contains(Substring(field)) }.map(\.0) }
    }
}
