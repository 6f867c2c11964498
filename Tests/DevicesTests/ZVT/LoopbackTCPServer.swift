import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-connection TCP server on 127.0.0.1 that plays the terminal with raw bytes. Accept and
/// reads block, so they run through `onThread`.
final class LoopbackTCPServer: Sendable {
    let port: UInt16
    private let listener: Mutex<CInt?>
    private let peer = Mutex<CInt?>(nil)

    init() throws {
        let listener = socket(AF_INET, CInt(SOCK_STREAM.rawValue), 0)
        self.listener = Mutex(listener)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 1) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        close()
    }

    /// Waits for the link's connection.
    func accept(within timeout: Duration = .seconds(3)) async -> Bool {
        guard let listener = listener.withLock({ $0 }) else { return false }
        let accepted: CInt = await onThread {
            var readable = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&readable, 1, CInt(timeout.components.seconds * 1000)) > 0 else { return -1 }
            return Glibc.accept(listener, nil, nil)
        }
        guard accepted >= 0 else { return false }
        peer.withLock { $0 = accepted }
        return true
    }

    func write(_ bytes: [UInt8]) {
        guard let fd = peer.withLock({ $0 }) else { return }
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, CInt(MSG_NOSIGNAL)) }
    }

    func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// What the link sent, until `count` bytes came or `timeout` passed.
    func read(_ count: Int, within timeout: Duration = .seconds(2)) async -> [UInt8] {
        guard let fd = peer.withLock({ $0 }) else { return [] }
        return await onThread {
            var bytes: [UInt8] = []
            let deadline = ContinuousClock.now + timeout
            var buffer = [UInt8](repeating: 0, count: 4096)
            while bytes.count < count, ContinuousClock.now < deadline {
                var readable = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&readable, 1, 50) > 0 else { continue }
                let got = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, min(4096, count - bytes.count), 0) }
                guard got > 0 else { break }
                bytes += buffer.prefix(got)
            }
            return bytes
        }
    }

    /// Ends the accepted connection: the link sees end of file.
    func hangUp() {
        if let fd = peer.withLock({ state in defer { state = nil }; return state }) {
            Glibc.close(fd)
        }
    }

    /// Idempotent: a second close of a reused descriptor number would cut another test's socket.
    func close() {
        hangUp()
        if let fd = listener.withLock({ state in defer { state = nil }; return state }) {
            Glibc.close(fd)
        }
    }
}
