import Synchronization

/// The state shared between the public simulator and its serving thread.
///
/// A separate object rather than the simulator itself, so the thread does not keep the
/// simulator alive and its `deinit` can still stop everything.
final class ZVTSimulatorShared: Sendable {
    let state: Mutex<ZVTSimulatorState>
    /// Poked on a stop and on an unsolicited status, so an idle serving thread sleeps.
    let wake = SimulatorWake()

    init(firstReceiptNumber: Int) {
        state = Mutex(ZVTSimulatorState(firstReceiptNumber: firstReceiptNumber))
    }

    var isRunning: Bool {
        state.withLock { $0.phase == .running }
    }

    /// Returns false when the queue is full, so the caller can log the dropped script.
    func enqueue(_ script: ZVTSimulatorScript) -> Bool {
        state.withLock { state in
            guard state.scripts.count < ZVTSimulatorState.scriptLimit else { return false }
            state.scripts.append(script)
            return true
        }
    }

    /// An empty queue means "approve", so a hub run under `--simulate` needs no scripting.
    func takeScript() -> ZVTSimulatorScript {
        state.withLock { state in
            state.authorizationFrameRefused = false
            return state.scripts.isEmpty ? ZVTSimulatorScript() : state.scripts.removeFirst()
        }
    }

    func record(_ apdu: ZVTAPDU) {
        state.withLock { state in
            state.received.append(apdu)
            if state.received.count > ZVTSimulatorState.receivedLimit {
                state.received.removeFirst(state.received.count - ZVTSimulatorState.receivedLimit)
            }
            if apdu.classByte == 0x06, apdu.instruction == 0x01 {
                state.authorizationsReceived += 1
            }
        }
    }

    /// True exactly once per scripted `nakFirstFrame`: the serial channel then NAKs this frame.
    func shouldRefuseFrame(_ apdu: ZVTAPDU) -> Bool {
        guard apdu.classByte == 0x06, apdu.instruction == 0x01 else { return false }
        return state.withLock { state in
            guard state.scripts.first?.nakFirstFrame == true, !state.authorizationFrameRefused else { return false }
            state.authorizationFrameRefused = true
            return true
        }
    }

    func countNAK() {
        state.withLock { $0.naksSent += 1 }
    }

    func takeUnsolicited() -> Bool {
        state.withLock { state in
            guard state.unsolicitedPending > 0 else { return false }
            state.unsolicitedPending -= 1
            state.unsolicitedSent += 1
            return true
        }
    }

    func withLedger<Result: Sendable>(_ body: (inout ZVTSimulatorLedger) -> Result) -> Result {
        state.withLock { body(&$0.ledger) }
    }
}
