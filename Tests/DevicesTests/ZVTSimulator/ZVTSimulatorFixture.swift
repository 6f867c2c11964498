@testable import Devices
import Logging

/// Short delays so a scenario takes milliseconds; the reply and acknowledgement waits stay
/// long enough for a loaded two-core CI machine.
enum ZVTSimulatorFixture {
    static let password = "123456"
    static let options = ZVTSimulatorOptions(
        password: password, stepDelay: .milliseconds(10), replyTimeout: .seconds(3),
        acknowledgement: .seconds(3), dropSilence: .milliseconds(300), abortWindow: .seconds(5)
    )

    static func serial(_ options: ZVTSimulatorOptions = options) throws -> (ZVTTerminalSimulator, ZVTTestECR) {
        let simulator = try ZVTTerminalSimulator(transport: .pseudoTerminal, options: options, logger: Logger(label: "test"))
        simulator.start()
        let ecr = try ZVTTestECR.serial(simulator.slavePath ?? "")
        return (simulator, ecr)
    }

    static func tcp(_ options: ZVTSimulatorOptions = options) throws -> (ZVTTerminalSimulator, ZVTTestECR) {
        let simulator = try ZVTTerminalSimulator(transport: .tcp(port: 0), options: options, logger: Logger(label: "test"))
        simulator.start()
        let ecr = try ZVTTestECR.tcp(port: simulator.port ?? 0)
        return (simulator, ecr)
    }

    static func authorization(_ cents: Int64) throws -> ZVTAPDU {
        try ZVTCommand.authorization(amountCents: cents)
    }

    static func isPositive(_ apdu: ZVTAPDU?) -> Bool {
        apdu == .positiveReply
    }
}
