import Logging

/// A 125 kHz RDM6300 card reader on a serial line (UART or a USB serial adapter).
///
/// The module only speaks 9600 8N1, so the configured baud is ignored rather than trusted:
/// a wrong value would turn every tap into line noise. The open/reopen cycle is
/// `SerialSession`'s; this driver only chooses the framing.
public struct RDM6300Reader: DeviceDriver {
    public static let baud = 9600

    public let descriptor: DeviceDescriptor
    let logger: Logger
    let timing: SerialTiming
    let holdWindow: Duration

    public init(descriptor: DeviceDescriptor, logger: Logger, timing: SerialTiming = SerialTiming(), holdWindow: Duration = .milliseconds(500)) {
        self.descriptor = descriptor
        self.timing = timing
        self.holdWindow = holdWindow
        var logger = logger
        logger[metadataKey: "device"] = "\(descriptor.name)"
        self.logger = logger
    }

    /// Returns when cancelled; throws only for configuration problems (no path).
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        let session = SerialSession(descriptor: descriptor, baud: Self.baud, logger: logger, timing: timing)
        try await session.run(decoder: { RDM6300Framer(holdWindow: holdWindow) }, emit: emit, report: report)
    }
}
