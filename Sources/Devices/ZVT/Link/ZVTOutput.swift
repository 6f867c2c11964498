import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writing side of a link: its own duplicate of the descriptor, because the reader thread
/// owns and closes the original, and a write racing that close could hit a reused number.
///
/// Each write happens whole under the lock, so an ACK byte from the inbound side never lands
/// inside an outgoing frame. The descriptor is non-blocking; when the kernel buffer is full the
/// write waits in short polls for at most `stallLimit` — a ZVT frame is a few hundred bytes, so
/// a buffer that stays full means the peer stopped reading and the write fails.
final class ZVTOutput: Sendable {
    private let descriptor: Mutex<FileDescriptor?>
    private let isSocket: Bool
    private let name: String
    private static let stallLimitMilliseconds: CInt = 200

    init(_ descriptor: FileDescriptor, isSocket: Bool, name: String) {
        self.descriptor = Mutex(descriptor)
        self.isSocket = isSocket
        self.name = name
    }

    /// `.closed` when the peer is gone (hangup, reset) or `close` ran; `.writeFailed` otherwise.
    func write(_ bytes: [UInt8]) throws(ZVTLinkError) {
        let result: Result<Void, ZVTLinkError> = descriptor.withLock { fd in
            guard let fd else {
                return .failure(ZVTLinkError(.closed, "the link to \(name) is closed"))
            }
            return writeAll(bytes, to: fd.rawValue)
        }
        try result.get()
    }

    func close() {
        let taken: FileDescriptor? = descriptor.withLock { fd in
            defer { fd = nil }
            return fd
        }
        try? taken?.close()
    }

    private func writeAll(_ bytes: [UInt8], to fd: CInt) -> Result<Void, ZVTLinkError> {
        var offset = 0
        var stalled: CInt = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { rawWrite(fd, $0) }
            if written >= 0 {
                offset += written
                continue
            }
            let code = errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                guard stalled < Self.stallLimitMilliseconds else {
                    return .failure(ZVTLinkError(.writeFailed, "\(name) stopped taking data — check the cable or the terminal"))
                }
                var writable = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&writable, 1, 20)
                stalled += 20
            default:
                return .failure(failure(code))
            }
        }
        return .success(())
    }

    private func rawWrite(_ fd: CInt, _ buffer: UnsafeRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        if isSocket {
            #if os(Linux)
            return send(fd, base, buffer.count, CInt(MSG_NOSIGNAL))
            #else
            return send(fd, base, buffer.count, 0)
            #endif
        }
        #if canImport(Glibc)
        return Glibc.write(fd, base, buffer.count)
        #else
        return Darwin.write(fd, base, buffer.count)
        #endif
    }

    private func failure(_ code: CInt) -> ZVTLinkError {
        let reason = String(cString: strerror(code))
        switch code {
        case EIO, EPIPE, ECONNRESET, ENXIO, EBADF, ENOTCONN:
            return ZVTLinkError(.closed, "\(name) went away (\(reason)) — check the cable, power and network of the terminal")
        default:
            return ZVTLinkError(.writeFailed, "could not write to \(name) (\(reason))")
        }
    }
}
