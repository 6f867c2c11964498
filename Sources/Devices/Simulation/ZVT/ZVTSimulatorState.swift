/// Everything the serving thread and the test (or `hubd --simulate`) both touch; it lives
/// behind one `Mutex` in `ZVTSimulatorShared`.
struct ZVTSimulatorState: Sendable {
    enum Phase: Sendable {
        case created, running, stopped
    }

    static let receivedLimit = 500
    static let scriptLimit = 256

    var phase = Phase.created
    var ledger: ZVTSimulatorLedger
    var scripts: [ZVTSimulatorScript] = []
    var received: [ZVTAPDU] = []
    var authorizationsReceived = 0
    var naksSent = 0
    var unsolicitedPending = 0
    var unsolicitedSent = 0
    /// Set once the scripted NAK of a 06 01 frame went out, so its repeat is accepted.
    var authorizationFrameRefused = false

    init(firstReceiptNumber: Int) {
        ledger = ZVTSimulatorLedger(firstReceiptNumber: firstReceiptNumber)
    }
}
