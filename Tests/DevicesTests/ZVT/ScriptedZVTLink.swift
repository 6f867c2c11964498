@testable import Devices
import Synchronization

/// An in-memory link that plays the terminal from a script: each APDU the adapter sends is
/// checked against the next step, and that step's answers are queued for `receive`, as the
/// terminal would send them. Everything sent and every journal call goes to one ordered log.
final class ScriptedZVTLink: ZVTLink {
    struct Step: Sendable {
        var expect: ZVTAPDU
        var answers: [ZVTAPDU]
        var thenClose = false
    }

    private struct State {
        var steps: [Step]
        var sent: [ZVTAPDU] = []
        var unexpected: [ZVTAPDU] = []
        var closed = false
    }

    let log: EventLog
    private let state: Mutex<State>
    private let inbox = ZVTMailbox<ZVTAPDU>(limit: 64, name: "scripted terminal")

    init(_ steps: [Step], log: EventLog = EventLog()) {
        state = Mutex(State(steps: steps))
        self.log = log
    }

    var sent: [ZVTAPDU] { state.withLock { $0.sent } }
    var unexpected: [ZVTAPDU] { state.withLock { $0.unexpected } }
    var remainingSteps: Int { state.withLock { $0.steps.count } }
    var isClosed: Bool { state.withLock { $0.closed } }

    func send(_ apdu: ZVTAPDU) async throws(ZVTLinkError) {
        let step: Step? = try state.withLock { (state) throws(ZVTLinkError) -> Step? in
            guard !state.closed else { throw ZVTLinkError(.closed, "scripted link closed") }
            state.sent.append(apdu)
            guard let step = state.steps.first, step.expect == apdu else {
                state.unexpected.append(apdu)
                return nil
            }
            state.steps.removeFirst()
            return step
        }
        log.append("sent \(apdu.logLabel)")
        guard let step else { return }
        for answer in step.answers {
            inbox.push(answer)
        }
        if step.thenClose {
            await close()
        }
    }

    func receive(timeout: Duration) async throws(ZVTLinkError) -> ZVTAPDU {
        try await inbox.receive(timeout: timeout).get()
    }

    func close() async {
        state.withLock { $0.closed = true }
        inbox.close(ZVTLinkError(.closed, "scripted link closed"))
    }

    /// A message the terminal sends on its own (unsolicited, or after the test decided so).
    func push(_ apdu: ZVTAPDU) {
        inbox.push(apdu)
    }
}
