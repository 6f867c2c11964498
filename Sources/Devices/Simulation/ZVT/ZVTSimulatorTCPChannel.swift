import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// The terminal's end of one ZVT-over-TCP connection: bare APDUs, no CRC, no ACK. The
/// connection belongs to the serving thread, which closes it when the conversation ends.
final class ZVTSimulatorTCPChannel: ZVTSimulatorChannel {
    static let pendingLimit = 64
    /// A write that cannot make progress for this long means the ECR stopped reading.
    static let writeTimeout: Duration = .seconds(5)

    private let connection: FileDescriptor
    private let shared: ZVTSimulatorShared
    private var reassembler = ZVTTCPReassembler()
    private var pending: [ZVTAPDU] = []
    private var isClosed = false

    init(connection: FileDescriptor, shared: ZVTSimulatorShared) {
        self.connection = connection
        self.shared = shared
    }

    func takePending() -> ZVTAPDU? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    var isServing: Bool { shared.isRunning }

    func readAvailable(waitingUpTo timeout: Duration) throws(ZVTSimulatorLinkLoss) {
        try readOnce(waitingUpTo: timeout)
    }

    func send(_ apdu: ZVTAPDU, corruptingFirstCRC: Bool, trailing: [UInt8]) throws(ZVTSimulatorLinkLoss) {
        try sendRaw(apdu.encoded + trailing)
    }

    /// `MSG_NOSIGNAL`: an ECR that hung up must end the conversation, not the process.
    func sendRaw(_ bytes: [UInt8]) throws(ZVTSimulatorLinkLoss) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { buffer in
                Glibc.send(connection.rawValue, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EAGAIN || errno == EINTR {
                var writable = pollfd(fd: connection.rawValue, events: Int16(POLLOUT), revents: 0)
                guard poll(&writable, 1, Self.writeTimeout.pollMilliseconds) > 0 else { throw .lost }
            } else {
                throw .lost
            }
        }
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        try? connection.close()
    }

    private func readOnce(waitingUpTo timeout: Duration) throws(ZVTSimulatorLinkLoss) {
        guard shared.wake.wait(forReadable: connection.rawValue, upTo: timeout) else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(connection.rawValue, $0.baseAddress, $0.count) }
        if count == 0 {
            throw .lost
        }
        if count < 0 {
            guard errno == EAGAIN || errno == EINTR else { throw .lost }
            return
        }
        for apdu in reassembler.feed(Array(buffer.prefix(count))) where pending.count < Self.pendingLimit {
            pending.append(apdu)
        }
    }
}
