@testable import Devices
import Foundation
import Synchronization

/// Plays a ZVT terminal on the master side of a pty, on a thread of its own: ACKs each frame
/// the hub sends, answers it with the next step's APDUs as frames, and sends each only after
/// the hub acknowledged the previous one, repeating it after T2 like a real terminal, as
/// PA00P016 requires. `stop` waits for the thread,
/// so the pty is never closed under a read in flight (its descriptor number could already
/// belong to another test's pty).
final class SerialTerminalPeer: Sendable {
    private struct State {
        var steps: [ScriptedZVTLink.Step]
        var received: [ZVTAPDU] = []
        var stopped = false
    }

    private let pty: PseudoTerminal
    private let state: Mutex<State>
    private let running = Mutex<Task<Void, Never>?>(nil)

    init(_ pty: PseudoTerminal, steps: [ScriptedZVTLink.Step]) {
        self.pty = pty
        state = Mutex(State(steps: steps))
    }

    var received: [ZVTAPDU] { state.withLock { $0.received } }
    var remainingSteps: Int { state.withLock { $0.steps.count } }

    func start() {
        let task = Task { await onThread { [self] in run() } }
        running.withLock { $0 = task }
    }

    func stop() async {
        state.withLock { $0.stopped = true }
        await running.withLock { $0 }?.value
    }

    private static let acknowledgementTimeout: Duration = .seconds(1)

    private func run() {
        var framer = ZVTSerialFramer()
        var outbound: [ZVTAPDU] = []
        var inFlight: (frame: [UInt8], sentAt: ContinuousClock.Instant)?
        while !state.withLock({ $0.stopped }) {
            if let pending = inFlight, ContinuousClock.now - pending.sentAt > Self.acknowledgementTimeout {
                try? pty.write(pending.frame)
                inFlight = (pending.frame, .now)
            }
            if inFlight == nil, !outbound.isEmpty {
                let frame = ZVTSerialFrame.encode(outbound.removeFirst())
                try? pty.write(frame)
                inFlight = (frame, .now)
            }
            guard let bytes = try? pty.read(timeout: .milliseconds(20)) else { return }
            for event in framer.feed(bytes, at: .now) {
                switch event {
                case .frame(let apdu):
                    try? pty.write([ZVTSerialFrame.ack])
                    outbound += answers(to: apdu)
                case .ack:
                    inFlight = nil
                case .nak:
                    if let pending = inFlight {
                        try? pty.write(pending.frame)
                        inFlight = (pending.frame, .now)
                    }
                case .badFrame:
                    try? pty.write([ZVTSerialFrame.nak])
                }
            }
        }
    }

    private func answers(to apdu: ZVTAPDU) -> [ZVTAPDU] {
        state.withLock { state in
            state.received.append(apdu)
            guard let step = state.steps.first, step.expect == apdu else { return [] }
            state.steps.removeFirst()
            return step.answers
        }
    }
}
