import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens the TCP connection to a terminal on a thread of its own: name lookup and the wait for
/// the handshake block, and a blocked cooperative thread would stall every driver on a 2-core Pi.
enum ZVTSocketConnector {
    /// A connected, non-blocking IPv4 socket with Nagle off (APDUs are small and answered at once).
    static func connect(host: String, port: UInt16, timeout: Duration) async throws(ZVTLinkError) -> CInt {
        let result: Result<CInt, ZVTLinkError> = await withCheckedContinuation { continuation in
            DeviceThread.start("hub-connect-zvt") {
                continuation.resume(returning: blockingConnect(host: host, port: port, timeout: timeout))
            }
        }
        return try result.get()
    }

    private static func blockingConnect(host: String, port: UInt16, timeout: Duration) -> Result<CInt, ZVTLinkError> {
        let peer = "\(host):\(port)"
        guard let address = resolve(host) else {
            return .failure(ZVTLinkError(.openFailed, "cannot resolve \(host) to an IPv4 address — give the terminal's IP address in the config"))
        }
        let fd = socket(AF_INET, socketType, 0)
        guard fd >= 0 else {
            return .failure(error("could not create a socket for \(peer)", errno))
        }
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = port.bigEndian
        target.sin_addr = address
        let started = withUnsafePointer(to: &target) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                systemConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if started != 0, errno != EINPROGRESS {
            let code = errno
            close(fd)
            return .failure(error("could not connect to \(peer)", code))
        }
        if let failure = awaitHandshake(fd, peer: peer, timeout: timeout) {
            close(fd)
            return .failure(failure)
        }
        var on: CInt = 1
        _ = setsockopt(fd, CInt(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<CInt>.size))
        return .success(fd)
    }

    private static func awaitHandshake(_ fd: CInt, peer: String, timeout: Duration) -> ZVTLinkError? {
        var writable = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        let deadline = ContinuousClock.now + timeout
        var ready: CInt
        repeat {
            ready = poll(&writable, 1, ReadLoop<ZVTSerialFramer>.milliseconds(until: deadline))
        } while ready < 0 && errno == EINTR
        guard ready > 0 else {
            return ZVTLinkError(.openFailed, "no connection to \(peer) within \(timeout) — check that the terminal is on and its ECR port is \(peer)")
        }
        var pending: CInt = 0
        var length = socklen_t(MemoryLayout<CInt>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &pending, &length) == 0 else {
            return error("could not connect to \(peer)", errno)
        }
        return pending == 0 ? nil : error("could not connect to \(peer)", pending)
    }

    private static func resolve(_ host: String) -> in_addr? {
        var address = in_addr()
        if inet_pton(AF_INET, host, &address) == 1 {
            return address
        }
        var hints = addrinfo()
        hints.ai_family = AF_INET
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return nil }
        defer { freeaddrinfo(list) }
        guard let socketAddress = first.pointee.ai_addr else { return nil }
        return socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
    }

    private static func error(_ action: String, _ code: CInt) -> ZVTLinkError {
        ZVTLinkError(.openFailed, "\(action) (\(String(cString: strerror(code)))) — check the terminal's address and that it is on")
    }

    #if canImport(Glibc)
    private static let socketType = CInt(SOCK_STREAM.rawValue) | CInt(SOCK_NONBLOCK.rawValue) | CInt(SOCK_CLOEXEC.rawValue)

    private static func systemConnect(_ fd: CInt, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> CInt {
        Glibc.connect(fd, address, length)
    }
    #else
    private static let socketType = SOCK_STREAM

    private static func systemConnect(_ fd: CInt, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> CInt {
        Darwin.connect(fd, address, length)
    }
    #endif
}
