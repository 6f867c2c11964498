import Logging

/// A serial (USB CDC-ACM or UART) scanner or pass reader that ends each code with CR/LF.
///
/// The open/reopen cycle is `SerialSession`'s; this driver only chooses the line framing.
public struct SerialLineScanner: DeviceDriver {
    public typealias Timing = SerialTiming

    public let descriptor: DeviceDescriptor
    let logger: Logger
    let timing: Timing

    public init(descriptor: DeviceDescriptor, logger: Logger, timing: Timing = Timing()) {
        self.descriptor = descriptor
        self.timing = timing
        var logger = logger
        logger[metadataKey: "device"] = "\(descriptor.name)"
        self.logger = logger
    }

    /// Returns when cancelled; throws only for configuration problems that a retry cannot fix
    /// by itself (the supervisor then records the error and retries with backoff).
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        let session = SerialSession(descriptor: descriptor, baud: descriptor.baud, logger: logger, timing: timing)
        try await session.run(decoder: { LineFramer(descriptor: descriptor) }, emit: emit, report: report)
    }
}
