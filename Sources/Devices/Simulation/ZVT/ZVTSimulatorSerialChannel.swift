/// The terminal's end of a serial ZVT link (PA00P016) over the pty master.
///
/// Every valid ECR frame is answered with ACK (or, once if scripted, NAK), every broken one
/// with NAK. Own frames wait for the ECR's ACK for T2 and are repeated at most twice. A frame
/// identical to the last accepted one, arriving before the ECR acknowledged any frame of
/// ours, is the ECR repeating because our ACK was lost: it is acknowledged again but not
/// handed on, so it cannot be processed twice. Once the ECR has ACKed a frame of ours it has
/// moved on, so an identical frame after that (the next 80 00 00) is new.
final class ZVTSimulatorSerialChannel: ZVTSimulatorChannel {
    static let pendingLimit = 64
    static let slice: Duration = .milliseconds(20)

    private let pty: PseudoTerminal
    private let shared: ZVTSimulatorShared
    private let acknowledgement: Duration
    private var framer = ZVTSerialFramer()
    private var pending: [ZVTAPDU] = []
    private var lastAccepted: ZVTAPDU?
    private var linkAnswers: [ZVTSerialEvent] = []

    init(pty: PseudoTerminal, shared: ZVTSimulatorShared, acknowledgement: Duration) {
        self.pty = pty
        self.shared = shared
        self.acknowledgement = acknowledgement
    }

    func takePending() -> ZVTAPDU? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    var isServing: Bool { shared.isRunning }

    /// Never past the framer's gap deadline: a frame that stopped halfway is refused (NAK)
    /// once T1 has passed, not when the next byte happens to come.
    func readAvailable(waitingUpTo timeout: Duration) throws(ZVTSimulatorLinkLoss) {
        let gap = framer.deadline.map { $0 - ContinuousClock.now + .milliseconds(1) }
        try pump(for: gap.map { min(timeout, max($0, .zero)) } ?? timeout)
    }

    func send(_ apdu: ZVTAPDU, corruptingFirstCRC: Bool, trailing: [UInt8]) throws(ZVTSimulatorLinkLoss) {
        let frame = ZVTSerialFrame.encode(apdu)
        for attempt in 0..<3 {
            var bytes = attempt == 0 && corruptingFirstCRC ? Self.corrupted(frame) : frame
            if attempt == 0 {
                bytes += trailing
            }
            linkAnswers.removeAll()
            try write(bytes)
            if try awaitAcknowledgement() {
                return
            }
        }
        throw .lost
    }

    func sendRaw(_ bytes: [UInt8]) throws(ZVTSimulatorLinkLoss) {
        try write(bytes)
    }

    /// The pty side of "losing the link": everything the ECR sends meanwhile is read and
    /// thrown away, so nothing of it is answered or processed later.
    func goDeaf(for silence: Duration) throws(ZVTSimulatorLinkLoss) {
        let deadline = ContinuousClock.now + silence
        while ContinuousClock.now < deadline {
            guard shared.isRunning else { throw .stopped }
            _ = try read(for: Self.slice)
        }
        framer.reset()
        pending.removeAll()
        linkAnswers.removeAll()
        lastAccepted = nil
    }

    private func awaitAcknowledgement() throws(ZVTSimulatorLinkLoss) -> Bool {
        let deadline = ContinuousClock.now + acknowledgement
        while true {
            if let answer = linkAnswers.first {
                return answer == .ack
            }
            guard shared.isRunning else { throw .stopped }
            let now = ContinuousClock.now
            guard now < deadline else { return false }
            try pump(for: min(Self.slice, deadline - now))
        }
    }

    private func pump(for timeout: Duration) throws(ZVTSimulatorLinkLoss) {
        let bytes = try read(for: timeout)
        let now = ContinuousClock.now
        let events = bytes.isEmpty ? framer.flush(at: now) : framer.feed(bytes, at: now)
        for event in events {
            try handle(event)
        }
    }

    private func handle(_ event: ZVTSerialEvent) throws(ZVTSimulatorLinkLoss) {
        switch event {
        case .frame(let apdu):
            if shared.shouldRefuseFrame(apdu) {
                try refuse()
                return
            }
            try write([ZVTSerialFrame.ack])
            guard apdu != lastAccepted else { return }
            lastAccepted = apdu
            if pending.count < Self.pendingLimit {
                pending.append(apdu)
            }
        case .badFrame:
            try refuse()
        case .ack:
            lastAccepted = nil
            linkAnswers.append(event)
        case .nak:
            linkAnswers.append(event)
        }
    }

    private func refuse() throws(ZVTSimulatorLinkLoss) {
        shared.countNAK()
        try write([ZVTSerialFrame.nak])
    }

    private func read(for timeout: Duration) throws(ZVTSimulatorLinkLoss) -> [UInt8] {
        do {
            return try pty.read(upTo: 4096, timeout: timeout, wake: shared.wake)
        } catch {
            throw .stopped
        }
    }

    private func write(_ bytes: [UInt8]) throws(ZVTSimulatorLinkLoss) {
        do {
            try pty.write(bytes)
        } catch {
            throw .lost
        }
    }

    /// Flips the CRC's low byte, which sits before the high byte at the frame's end.
    private static func corrupted(_ frame: [UInt8]) -> [UInt8] {
        var bytes = frame
        guard bytes.count >= 2 else { return bytes }
        bytes[bytes.count - 2] ^= 0xFF
        return bytes
    }
}
