import Devices
import HubAPI
import Inventory
import Logging
import Workflows

extension Hub {
    /// The first device with role "payment" becomes the hub's terminal; the payment core is
    /// the same whichever protocol it speaks.
    static func paymentDesk(
        devices: [DeviceDescriptor], stores: HubStores, calendar: HubCalendar, events: EventBroadcaster, metrics: HubMetrics,
        logger: Logger
    ) -> PaymentDesk? {
        let candidates = devices.filter { $0.role == .payment }
        guard let device = candidates.first, let terminal = PaymentTerminalFactory.make(for: device, logger: logger) else { return nil }
        if candidates.count > 1 {
            logger.warning("more than one payment terminal configured — only the first is used", metadata: ["device": "\(device.name)"])
        }
        return PaymentDesk(
            store: stores.payments, terminal: terminal, terminalName: device.name, calendar: calendar, events: events, logger: logger,
            settled: { metrics.settled($0) }
        )
    }

    func scriptSimulatedTerminal(_ request: SimulateTerminalRequest) throws -> SimulateScanResponse {
        guard let simulation else {
            throw APIError(.conflict, code: "not-simulating", LocalizedText(
                nl: "hubd draait niet met --simulate — start `hubd --simulate` om de betaalautomaat te sturen",
                en: "hubd is not running with --simulate — start `hubd --simulate` to script the card terminal"
            ))
        }
        let name = try simulation.scriptTerminal(device: request.device, script: request.script)
        return SimulateScanResponse(device: name, path: simulation.terminals[name]?.slavePath ?? "", bytesWritten: 0)
    }

    /// A payment terminal is not an input device: its state comes from the payment core.
    func paymentDeviceState(_ descriptor: DeviceDescriptor, _ status: PaymentDeskStatus?) -> (state: String, reason: String?)? {
        guard descriptor.role == .payment else { return nil }
        guard let status, status.terminal == descriptor.name else { return ("unused", "only the first payment terminal is used") }
        if status.runningPaymentId != nil { return ("busy", nil) }
        if status.unresolved > 0 { return ("recovering", status.lastProblem) }
        if let problem = status.lastProblem { return ("error", problem) }
        return (status.lastContact == nil ? "waiting" : "connected", nil)
    }
}
