import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// The simulated terminal's listening socket on 127.0.0.1, never on other interfaces: a
/// simulator that books fake payments must not be reachable from the shop network.
final class ZVTSimulatorTCPListener: Sendable {
    let port: UInt16
    private let descriptor: Mutex<FileDescriptor?>

    init(port requested: UInt16) throws(DeviceError) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Self.failure("create a socket", requested) }
        var reuse: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = requested.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 4) == 0, let actual = Self.boundPort(fd) else {
            let error = Self.failure("listen on 127.0.0.1", requested)
            Glibc.close(fd)
            throw error
        }
        port = actual
        descriptor = Mutex(FileDescriptor(rawValue: fd))
    }

    deinit {
        close()
    }

    /// Waits at most `timeout`; a stop pokes `wake` and ends the wait at once. The connection is
    /// non-blocking; the channel polls it.
    func accept(timeout: Duration, wake: SimulatorWake) -> FileDescriptor? {
        guard let listening = descriptor.withLock({ $0 }) else { return nil }
        guard wake.wait(forReadable: listening.rawValue, upTo: timeout) else { return nil }
        let connection = Glibc.accept(listening.rawValue, nil, nil)
        guard connection >= 0 else { return nil }
        _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
        _ = fcntl(connection, F_SETFL, fcntl(connection, F_GETFL) | O_NONBLOCK)
        return FileDescriptor(rawValue: connection)
    }

    /// Called only after the serving thread has finished, so no `accept` uses a closed number.
    func close() {
        let taken = descriptor.withLock { fd in
            defer { fd = nil }
            return fd
        }
        try? taken?.close()
    }

    private static func boundPort(_ fd: Int32) -> UInt16? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return result == 0 ? UInt16(bigEndian: address.sin_port) : nil
    }

    private static func failure(_ action: String, _ port: UInt16) -> DeviceError {
        let reason = String(cString: strerror(errno))
        return DeviceError(.openFailed, "the ZVT simulator could not \(action) port \(port) (\(reason)) — choose another port, or 0 for any free one")
    }
}
