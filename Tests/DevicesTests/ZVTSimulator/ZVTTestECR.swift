@testable import Devices
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The ECR side played by a test with the codec alone: serial frames over the pty slave, or
/// bare APDUs over loopback TCP. Every read is non-blocking and every wait sleeps between
/// polls, so nothing blocks the cooperative pool.
final class ZVTTestECR {
    enum Kind { case serial, tcp }

    let kind: Kind
    private let fd: Int32
    private var framer = ZVTSerialFramer()
    private var reassembler = ZVTTCPReassembler()
    private var incoming: [ZVTAPDU] = []
    private var linkAnswers: [ZVTSerialEvent] = []
    /// Every byte the terminal sent, including banners, stale bytes and DLE stuffing.
    private(set) var raw: [UInt8] = []
    /// Serial frames that failed their check and were NAKed.
    private(set) var badFrames = 0
    private(set) var isClosed = false

    private init(kind: Kind, fd: Int32) {
        self.kind = kind
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    static func serial(_ path: String) throws -> ZVTTestECR {
        let fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw ZVTTestECRError.openFailed(path) }
        try RawTerminalMode.apply(to: fd, speed: nil, path: path)
        return ZVTTestECR(kind: .serial, fd: fd)
    }

    static func tcp(port: UInt16) throws -> ZVTTestECR {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard fd >= 0, connected == 0 else {
            close(fd)
            throw ZVTTestECRError.openFailed("127.0.0.1:\(port)")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        return ZVTTestECR(kind: .tcp, fd: fd)
    }

    /// The next terminal APDU; on serial its frame has already been ACKed.
    func next(timeout: Duration = .seconds(5)) async throws -> ZVTAPDU {
        let deadline = ContinuousClock.now + timeout
        while true {
            pump()
            if !incoming.isEmpty {
                return incoming.removeFirst()
            }
            guard ContinuousClock.now < deadline, !isClosed else {
                throw ZVTTestECRError.timeout("no APDU from the terminal")
            }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Sends one APDU; on serial repeats it after a NAK (at most twice) and returns how many
    /// NAKs it took.
    @discardableResult
    func send(_ apdu: ZVTAPDU) async throws -> Int {
        guard kind == .serial else {
            writeRaw(apdu.encoded)
            return 0
        }
        for naks in 0..<3 {
            linkAnswers.removeAll()
            writeRaw(ZVTSerialFrame.encode(apdu))
            if try await linkAnswer() == .ack {
                return naks
            }
        }
        throw ZVTTestECRError.noAcknowledgement
    }

    func reply() async throws {
        try await send(.positiveReply)
    }

    func writeRaw(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer in
                kind == .tcp
                    ? Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                    : Glibc.write(fd, buffer.baseAddress, buffer.count)
            }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Everything that arrives within `duration`, for asserting that the terminal stays quiet.
    func collect(for duration: Duration) async throws -> [ZVTAPDU] {
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline {
            pump()
            try await Task.sleep(for: .milliseconds(5))
        }
        pump()
        defer { incoming.removeAll() }
        return incoming
    }

    /// Ends a TCP connection the way an ECR that restarts does; the terminal then accepts the
    /// next one.
    func hangUp() {
        shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Whether the TCP peer closed the connection within `timeout`.
    func waitForClose(timeout: Duration = .seconds(5)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !isClosed, ContinuousClock.now < deadline {
            pump()
            try await Task.sleep(for: .milliseconds(5))
        }
        return isClosed
    }

    func linkAnswer(timeout: Duration = .seconds(5)) async throws -> ZVTSerialEvent {
        let deadline = ContinuousClock.now + timeout
        while true {
            pump()
            if let answer = linkAnswers.first {
                return answer
            }
            guard ContinuousClock.now < deadline else { throw ZVTTestECRError.noAcknowledgement }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Reads only after `poll` reports data: on this machine's kernel a non-blocking `read`
    /// of an empty pty slave, racing the terminal's write, could leave later bytes stranded
    /// (seen as frames that never arrived); polling first avoids it.
    private func pump() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var readable = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&readable, 1, 0) > 0 else { break }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0, kind == .tcp {
                isClosed = true
            }
            guard count > 0 else { break }
            take(Array(buffer.prefix(count)))
        }
        if kind == .serial {
            for event in framer.flush(at: .now) {
                handle(event)
            }
        }
    }

    private func take(_ bytes: [UInt8]) {
        raw += bytes
        switch kind {
        case .tcp:
            incoming += reassembler.feed(bytes)
        case .serial:
            for event in framer.feed(bytes, at: .now) {
                handle(event)
            }
        }
    }

    private func handle(_ event: ZVTSerialEvent) {
        switch event {
        case .frame(let apdu):
            writeRaw([ZVTSerialFrame.ack])
            incoming.append(apdu)
        case .badFrame:
            badFrames += 1
            writeRaw([ZVTSerialFrame.nak])
        case .ack, .nak:
            linkAnswers.append(event)
        }
    }
}
