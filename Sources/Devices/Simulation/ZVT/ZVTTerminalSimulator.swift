import Dispatch
import Foundation
import Logging
import Synchronization

/// A ZVT payment terminal (the "PT" side of PA00P015/PA00P016) for tests and
/// `hubd --simulate`, because no real terminal is attached to the machines the hub is built on.
///
/// It serves on a thread of its own, never on the Swift cooperative pool, so a test can
/// play the ECR with blocking I/O. Each authorization follows the next queued script; an
/// empty queue approves. The ledger records what a real terminal would have charged, which
/// is the ground truth the hub's exactly-once journal is checked against.
public final class ZVTTerminalSimulator: Sendable {
    public enum Transport: Sendable {
        case pseudoTerminal
        /// The terminal's end of an existing serial link, such as a USB gadget's `/dev/ttyGS0`.
        case serialDevice(path: String)
        /// Listens on 127.0.0.1; port 0 picks any free port.
        case tcp(port: UInt16)
    }

    private let endpoint: ZVTSimulatorEndpoint
    private let shared: ZVTSimulatorShared
    private let options: ZVTSimulatorOptions
    private let logger: Logger
    private let finished = DispatchSemaphore(value: 0)

    public init(transport: Transport, options: ZVTSimulatorOptions = .init(), logger: Logger) throws(DeviceError) {
        try Self.validate(options)
        switch transport {
        case .pseudoTerminal:
            endpoint = .pseudoTerminal(try PseudoTerminal())
        case .serialDevice(let path):
            endpoint = .pseudoTerminal(try PseudoTerminal(attachingTo: path))
        case .tcp(let port):
            endpoint = .tcp(try ZVTSimulatorTCPListener(port: port))
        }
        shared = ZVTSimulatorShared(firstReceiptNumber: options.firstReceiptNumber)
        self.options = options
        self.logger = logger
    }

    deinit {
        stop()
    }

    public var slavePath: String? {
        guard case .pseudoTerminal(let pty) = endpoint else { return nil }
        return pty.slavePath
    }

    public var port: UInt16? {
        guard case .tcp(let listener) = endpoint else { return nil }
        return listener.port
    }

    /// Starts serving once; a second call, or one after `stop()`, does nothing.
    public func start() {
        let starting = shared.state.withLock { state in
            guard state.phase == .created else { return false }
            state.phase = .running
            return true
        }
        guard starting else { return }
        let server = ZVTSimulatorServer(endpoint: endpoint, shared: shared, options: options, logger: logger)
        let finished = finished
        let thread = Thread {
            server.run()
            finished.signal()
        }
        thread.name = "zvt-simulator"
        thread.start()
    }

    /// Wakes the serving thread and waits for it before closing
    /// the pty or socket, so the thread never touches a closed descriptor.
    public func stop() {
        let wasRunning = shared.state.withLock { state in
            defer { state.phase = .stopped }
            return state.phase == .running
        }
        shared.wake.poke()
        if wasRunning {
            finished.wait()
        }
        switch endpoint {
        case .pseudoTerminal(let pty): pty.close()
        case .tcp(let listener): listener.close()
        }
    }

    /// Scripts are used by the following 06 01s in order; beyond 256 waiting ones, new
    /// scripts are dropped and logged.
    public func enqueue(_ script: ZVTSimulatorScript) {
        guard shared.enqueue(script) else {
            logger.warning("ZVT simulator script queue is full; the script is dropped")
            return
        }
    }

    /// Sent as soon as the terminal is idle (and, over TCP, connected).
    public func sendUnsolicited() {
        shared.state.withLock { $0.unsolicitedPending = min($0.unsolicitedPending + 1, 16) }
        shared.wake.poke()
    }

    public var charges: [ZVTSimulatorCharge] { shared.withLedger { $0.charges } }
    public var reversals: [ZVTSimulatorCharge] { shared.withLedger { $0.reversals } }
    public var authorizationsReceived: Int { shared.state.withLock { $0.authorizationsReceived } }
    /// The last 500 APDUs, in order; serial repeats of one frame appear once.
    public var received: [ZVTAPDU] { shared.state.withLock { $0.received } }
    public var naksSent: Int { shared.state.withLock { $0.naksSent } }
    public var unsolicitedSent: Int { shared.state.withLock { $0.unsolicitedSent } }
    /// Scripts not yet used by an authorization.
    public var pendingScripts: Int { shared.state.withLock { $0.scripts.count } }

    private static func validate(_ options: ZVTSimulatorOptions) throws(DeviceError) {
        guard (try? BCD.password(options.password)) != nil else {
            throw DeviceError(.configureFailed, "the ZVT simulator's password must be six digits — fix the simulator options")
        }
        let digits = Array(options.terminalID.utf8)
        guard digits.count == 8, digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw DeviceError(.configureFailed, "the ZVT simulator's terminal id must be eight digits — fix the simulator options")
        }
    }
}
