import Logging

/// The terminal's side of the ZVT dialogue, run on the simulator's own thread against one
/// channel. It is written as plain blocking code because the conversation is strictly
/// sequential and every wait is bounded by a deadline that also checks for `stop()`.
final class ZVTSimulatorSession {
    /// How long an idle terminal waits in one go; a stop or an unsolicited status wakes it
    /// sooner (`SimulatorWake`), so this only bounds a wait nothing else ends.
    static let idleWait: Duration = .seconds(3600)

    let channel: any ZVTSimulatorChannel
    let shared: ZVTSimulatorShared
    let options: ZVTSimulatorOptions
    let logger: Logger
    /// An APDU that arrived where a reply was expected and must be handled as a new command.
    var deferred: ZVTAPDU?

    init(channel: any ZVTSimulatorChannel, shared: ZVTSimulatorShared, options: ZVTSimulatorOptions, logger: Logger) {
        self.channel = channel
        self.shared = shared
        self.options = options
        self.logger = logger
    }

    /// Returns only by throwing: the link was lost or the simulator stopped.
    func serve() throws(ZVTSimulatorLinkLoss) {
        while true {
            guard shared.isRunning else { throw .stopped }
            if let command = takeDeferred() ?? pendingCommand() {
                try dispatch(command)
            } else if shared.takeUnsolicited() {
                try sendUnsolicited()
            } else {
                try channel.readAvailable(waitingUpTo: Self.idleWait)
            }
        }
    }

    func receive(until deadline: ContinuousClock.Instant) throws(ZVTSimulatorLinkLoss) -> ZVTAPDU? {
        try channel.receive(until: deadline).map(received)
    }

    /// A command the channel has already read, without waiting.
    private func pendingCommand() -> ZVTAPDU? {
        channel.takePending().map(received)
    }

    private func received(_ apdu: ZVTAPDU) -> ZVTAPDU {
        shared.record(apdu)
        logger.debug("ZVT simulator received \(Self.describe(apdu))")
        return apdu
    }

    func dispatch(_ command: ZVTAPDU) throws(ZVTSimulatorLinkLoss) {
        switch (command.classByte, command.instruction) {
        case (0x06, 0x00): try register(command)
        case (0x06, 0x01): try authorize(command)
        case (0x05, 0x01): try answerStatusEnquiry()
        case (0x06, 0x20): try repeatReceipt()
        case (0x06, 0x50): try endOfDay(command)
        case (0x06, 0x30): try reverse(command)
        case (0x06, 0x02): try reply(.positiveReply)
        case (0x80, _), (0x84, _): break
        default: try reply(ZVTSimulatorMessages.negativeReply(0x83))
        }
    }

    /// An idle terminal talking on its own (PA00P015 allows it, e.g. after an automatic
    /// end-of-day); the ECR must answer it and must not mistake it for a payment result.
    private func sendUnsolicited() throws(ZVTSimulatorLinkLoss) {
        logger.info("ZVT simulator sends an unsolicited status")
        guard try expectReply(after: ZVTSimulatorMessages.intermediateStatus(0x0E)) else { return }
        _ = try expectReply(after: ZVTSimulatorMessages.printLine("Terminal-Meldung"))
    }

    private func takeDeferred() -> ZVTAPDU? {
        defer { deferred = nil }
        return deferred
    }

    /// Class, instruction and length only: data may hold receipt text or card numbers.
    static func describe(_ apdu: ZVTAPDU) -> String {
        let hex = [apdu.classByte, apdu.instruction].map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "\(hex.joined(separator: " ")) (\(apdu.data.count) data bytes)"
    }
}
