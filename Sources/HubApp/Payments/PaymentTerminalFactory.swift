import Devices
import Logging

/// Builds the payment terminal adapter for the configured device. ZVT is the only protocol
/// today; an O.P.I. adapter would be one more case here and nothing else.
enum PaymentTerminalFactory {
    static func make(for descriptor: DeviceDescriptor, logger: Logger) -> (any PaymentTerminal)? {
        guard descriptor.role == .payment else { return nil }
        switch descriptor.driver {
        case .zvt:
            return zvt(descriptor, logger: logger)
        case .evdev, .serial, .hid, .rdm6300, .gpio:
            return nil
        }
    }

    static func timings(_ settings: TerminalSettings) -> ZVTTimings {
        var timings = ZVTTimings()
        if let value = settings.acknowledgementTimeout { timings.acknowledgement = value }
        if let value = settings.replyTimeout { timings.reply = value }
        if let value = settings.completionTimeout { timings.completion = value }
        if let value = settings.customerTimeout { timings.customer = value }
        return timings
    }

    private static func zvt(_ descriptor: DeviceDescriptor, logger: Logger) -> ZVTPaymentTerminal {
        let settings = descriptor.terminal ?? TerminalSettings()
        let timings = timings(settings)
        let path = descriptor.path
        let baud = descriptor.baud
        let name = descriptor.name
        return ZVTPaymentTerminal(name: name, password: settings.password, timings: timings, logger: logger) {
            () async throws(ZVTLinkError) -> any ZVTLink in
            if let host = settings.host, let port = settings.port {
                return try await ZVTTCPLink.connect(host: host, port: port, timings: timings, logger: logger)
            }
            guard let path else {
                throw ZVTLinkError(.openFailed, "\(name) has neither a path nor an address — set one in hubd.toml")
            }
            return try await ZVTSerialLink.open(path: path, baud: baud, timings: timings, logger: logger)
        }
    }
}
