import Devices
import HubAPI
import Inventory

extension Simulation {
    /// Script names for `kiosk simulate terminal`, so a demo can show a decline or a timeout.
    static let terminalScripts: [String: ZVTSimulatorScript] = [
        "approve": .approve,
        "decline": .decline,
        "timeout": .customerTimeout,
        "busy": .busy(0x9C),
        "abort-accepted": .abortAccepted,
        "abort-refused": .abortRefused,
        "drop-before-ack": .dropBeforeAck,
        "drop-after-ack": .dropAfterAck,
    ]

    /// Queues `script` for the next payment on the simulated terminal `device` (the only one,
    /// when nil); "unsolicited" sends a message while the terminal is idle instead.
    func scriptTerminal(device: String?, script: String) throws(APIError) -> String {
        guard let (name, terminal) = terminal(named: device) else {
            let names = terminals.keys.sorted().joined(separator: ", ")
            throw APIError(.notFound, code: "no-terminal", LocalizedText(
                nl: "geen gesimuleerde betaalautomaat '\(device ?? "")' — kies uit: \(names)",
                en: "no simulated card terminal '\(device ?? "")' — choose from: \(names)"
            ))
        }
        if script == "unsolicited" {
            terminal.sendUnsolicited()
            return name
        }
        guard let chosen = Self.terminalScripts[script] else {
            let names = (Self.terminalScripts.keys.sorted() + ["unsolicited"]).joined(separator: ", ")
            throw APIError.badRequest("script '\(script)' — choose from: \(names)")
        }
        terminal.enqueue(chosen)
        return name
    }

    private func terminal(named device: String?) -> (String, ZVTTerminalSimulator)? {
        if let device { return terminals[device].map { (device, $0) } }
        guard terminals.count == 1, let only = terminals.first else { return nil }
        return (only.key, only.value)
    }
}
