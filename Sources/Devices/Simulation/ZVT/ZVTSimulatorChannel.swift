/// One conversation with the ECR in whole APDUs; the serial channel adds framing, CRC and
/// ACK/NAK, the TCP channel sends bare APDUs. Used only on the serving thread.
protocol ZVTSimulatorChannel: AnyObject {
    /// The next APDU from the ECR, or nil when none arrived before `deadline`. A serial repeat
    /// of an already accepted frame is not returned again.
    func receive(until deadline: ContinuousClock.Instant) throws(ZVTSimulatorLinkLoss) -> ZVTAPDU?
    /// Sends one APDU; on serial it returns once the ECR acknowledged the frame.
    /// `corruptingFirstCRC` is ignored on TCP, which has no CRC. `trailing` bytes follow the
    /// message once, outside any frame.
    func send(_ apdu: ZVTAPDU, corruptingFirstCRC: Bool, trailing: [UInt8]) throws(ZVTSimulatorLinkLoss)
    /// Bytes that are not ZVT at all, such as a banner.
    func sendRaw(_ bytes: [UInt8]) throws(ZVTSimulatorLinkLoss)
    /// The oldest APDU already read and not yet handed out.
    func takePending() -> ZVTAPDU?
    /// False once the simulator stops: every wait then ends.
    var isServing: Bool { get }
    /// Reads whatever arrives within `timeout` into the pending queue; returns early when the
    /// simulator's wake is poked.
    func readAvailable(waitingUpTo timeout: Duration) throws(ZVTSimulatorLinkLoss)
}

extension ZVTSimulatorChannel {
    /// Waits until `deadline`; a stop wakes the wait (`SimulatorWake`) and ends it here.
    func receive(until deadline: ContinuousClock.Instant) throws(ZVTSimulatorLinkLoss) -> ZVTAPDU? {
        while true {
            if let next = takePending() {
                return next
            }
            guard isServing else { throw .stopped }
            let now = ContinuousClock.now
            guard now < deadline else { return nil }
            try readAvailable(waitingUpTo: deadline - now)
        }
    }
}
