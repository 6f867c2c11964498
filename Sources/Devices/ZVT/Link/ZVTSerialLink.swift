import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ZVT over RS-232 (PA00P016): DLE-framed APDUs with CRC, each answered by a bare ACK or NAK.
///
/// The reader thread frames bytes with `ZVTSerialFramer`; one task answers every frame (ACK
/// before the APDU is handed up, so a reply from the session can never overtake the ACK) and
/// passes bare ACK/NAK to the one `send` in flight.
public final class ZVTSerialLink: ZVTLink {
    public let path: String
    private let timings: ZVTTimings
    private let core: ZVTLinkCore
    private let handshakes: ZVTMailbox<ZVTSerialEvent>
    private let gate = ZVTSendGate()

    private init(path: String, timings: ZVTTimings, core: ZVTLinkCore) {
        self.path = path
        self.timings = timings
        self.core = core
        handshakes = ZVTMailbox(limit: 8, name: path)
    }

    deinit {
        shutDown("the link was released")
    }

    /// Fails at once rather than waiting for the node: the terminal adapter reconnects at the
    /// start of its next operation, and a payment must not hang on a missing cable.
    public static func open(
        path: String, baud: Int = 9600, timings: ZVTTimings = .init(), logger: Logger
    ) async throws(ZVTLinkError) -> ZVTSerialLink {
        let port: SerialPort
        do {
            port = try SerialPort.open(path: path, baud: baud)
        } catch {
            throw ZVTLinkError(.openFailed, error.message)
        }
        let writer = fcntl(port.descriptor.rawValue, F_DUPFD_CLOEXEC, 0)
        guard writer >= 0 else {
            let reason = String(cString: strerror(errno))
            try? port.descriptor.close()
            throw ZVTLinkError(.openFailed, "could not duplicate the descriptor of \(path) (\(reason)) — the hub may be out of file descriptors")
        }
        let output = ZVTOutput(FileDescriptor(rawValue: writer), isSocket: false, name: path)
        let core = ZVTLinkCore(name: path, output: output, logger: logger)
        let events: AsyncStream<FileDescriptorReader.Event<ZVTSerialEvent>>
        do {
            events = try FileDescriptorReader.start(
                port.descriptor, decoder: ZVTSerialFramer(interByteTimeout: timings.interByte),
                name: path, logger: logger
            )
        } catch {
            output.close()
            throw ZVTLinkError(.openFailed, error.message)
        }
        let link = ZVTSerialLink(path: path, timings: timings, core: core)
        let handshakes = link.handshakes
        core.attach(Task { await Self.pump(events, core: core, handshakes: handshakes) })
        return link
    }

    /// Returns once the terminal acknowledged the frame. A NAK or T2 without ACK repeats the
    /// same bytes, at most `timings.repeats` times; after that the link is given up, because the
    /// two sides no longer agree on what was delivered.
    public func send(_ apdu: ZVTAPDU) async throws(ZVTLinkError) {
        await gate.acquire()
        defer { gate.release() }
        let frame = ZVTSerialFrame.encode(apdu)
        let attempts = max(0, timings.repeats) + 1
        for attempt in 1...attempts {
            handshakes.removeAll()
            try core.write(frame)
            switch await handshakes.receive(timeout: timings.acknowledgement) {
            case .success(.ack):
                return
            case .success:
                core.logger.notice("ZVT frame refused with NAK", metadata: metadata(apdu, attempt: attempt))
            case .failure(let error) where error.code == .timeout:
                core.logger.notice("ZVT frame not acknowledged within T2", metadata: metadata(apdu, attempt: attempt))
            case .failure(let error):
                throw error
            }
        }
        let error = ZVTLinkError(
            .noAcknowledgement,
            "the terminal on \(path) did not acknowledge a frame after \(attempts) attempts — check the cable and the terminal's ECR interface settings"
        )
        shutDown(error.message)
        throw error
    }

    public func receive(timeout: Duration) async throws(ZVTLinkError) -> ZVTAPDU {
        try await core.receive(timeout: timeout)
    }

    public func close() async {
        shutDown("closed by the hub")
    }

    private func shutDown(_ reason: String) {
        Self.shutDown(core: core, handshakes: handshakes, reason: reason)
    }

    private func metadata(_ apdu: ZVTAPDU, attempt: Int) -> Logger.Metadata {
        ["device": "\(path)", "apdu": "\(apdu.logLabel)", "attempt": "\(attempt)"]
    }

    private static func shutDown(core: ZVTLinkCore, handshakes: ZVTMailbox<ZVTSerialEvent>, reason: String) {
        core.shutDown(reason)
        handshakes.close(ZVTLinkError(.closed, "the link to \(core.name) is closed: \(reason)"))
    }

    private static func pump(
        _ events: AsyncStream<FileDescriptorReader.Event<ZVTSerialEvent>>,
        core: ZVTLinkCore, handshakes: ZVTMailbox<ZVTSerialEvent>
    ) async {
        for await event in events {
            switch event {
            case .output(let serial):
                handle(serial, core: core, handshakes: handshakes)
            case .overflow(let count):
                core.logger.warning("ZVT serial events dropped", metadata: ["device": "\(core.name)", "count": "\(count)"])
            case .closed(let reason):
                shutDown(core: core, handshakes: handshakes, reason: reason)
                return
            }
        }
        shutDown(core: core, handshakes: handshakes, reason: "reading stopped")
    }

    /// A full inbox is answered with NAK rather than ACK-and-drop: the terminal then repeats
    /// the frame, so nothing it sent is silently lost.
    private static func handle(_ event: ZVTSerialEvent, core: ZVTLinkCore, handshakes: ZVTMailbox<ZVTSerialEvent>) {
        switch event {
        case .frame(let apdu):
            let accepted = core.inbox.hasRoom
            guard (try? core.write([accepted ? ZVTSerialFrame.ack : ZVTSerialFrame.nak])) != nil else { return }
            if accepted {
                core.inbox.push(apdu)
            } else {
                core.logger.warning("ZVT inbox full, frame refused", metadata: ["device": "\(core.name)", "apdu": "\(apdu.logLabel)"])
            }
        case .badFrame(let error):
            core.logger.notice("bad ZVT frame answered with NAK", metadata: ["device": "\(core.name)", "error": "\(error)"])
            try? core.write([ZVTSerialFrame.nak])
        case .ack, .nak:
            handshakes.push(event)
        }
    }
}
