import Devices
import Foundation
import Logging

/// A simulated ZVT terminal in the test process, on a pty (serial framing) or loopback TCP,
/// and the `[[devices]]` table that points hubd at it. It outlives hubd restarts, so its
/// ledger is the truth the crash tests compare the hub's journal with.
final class TerminalRig: Sendable {
    enum Transport: String, Sendable, CaseIterable, CustomStringConvertible {
        case serial
        case tcp
        var description: String { rawValue }
    }

    let transport: Transport
    let simulator: ZVTTerminalSimulator

    /// Shorter timeouts than the spec's (T2 = 5 s) on both sides, so a silent peer costs a couple
    /// of seconds; still long enough for a pty on a loaded 2-core CI machine.
    init(_ transport: Transport, banner: String? = "PT READY v1.0\r\n", firstReceipt: Int = 1) throws {
        self.transport = transport
        let options = ZVTSimulatorOptions(
            banner: banner, firstReceiptNumber: firstReceipt, stepDelay: .milliseconds(20), replyTimeout: .milliseconds(2500),
            acknowledgement: .milliseconds(1500), dropSilence: .milliseconds(1500), abortWindow: .seconds(20)
        )
        var logger = Logger(label: "terminal-simulator")
        logger.logLevel = .warning
        simulator = try ZVTTerminalSimulator(transport: transport == .serial ? .pseudoTerminal : .tcp(port: 0), options: options, logger: logger)
        simulator.start()
    }

    deinit {
        simulator.stop()
    }

    var deviceConfig: String {
        let endpoint = transport == .serial
            ? "path = \"\(simulator.slavePath ?? "")\""
            : "address = \"127.0.0.1:\(simulator.port ?? 0)\""
        return """

        [[devices]]
        name = "pin-terminal"
        role = "payment"
        driver = "zvt"
        \(endpoint)
        password = "000000"
        ack_timeout_ms = 1500
        reply_timeout_ms = 4000
        completion_timeout_ms = 3000
        customer_timeout_s = 30

        """
    }
}
