import Foundation
import Logging

extension SerialLineScanner {
    /// Reads one open session; returns the disconnect reason, or nil when cancelled.
    func readUntilClosed(_ port: SerialPort, role: DeviceRole, emit: InputSink) async throws -> String? {
        let events = try FileDescriptorReader.start(
            port.descriptor, decoder: LineFramer(descriptor: descriptor), name: descriptor.name, logger: logger
        )
        var limiter = RateLimiter(maxPerSecond: descriptor.maxCodesPerSecond)
        for await event in events {
            switch event {
            case .closed(let reason):
                return reason
            case .output(let payload):
                guard let admitted = admit(payload, limiter: &limiter) else { continue }
                log(admitted)
                await emit(InputEvent(device: descriptor.name, role: role, time: Date(), payload: admitted))
            }
        }
        return Task.isCancelled ? nil : "reading stopped unexpectedly"
    }

    /// Every input, rejections included, counts against the rate, so a port spewing garbage
    /// cannot flood the workflows with rejections either.
    private func admit(_ payload: InputEvent.Payload, limiter: inout RateLimiter) -> InputEvent.Payload? {
        switch limiter.decide(at: .now) {
        case .admitted: payload
        case .firstRejected: .rejected(RateLimiter.rejection(limit: limiter.maxPerSecond))
        case .rejected: nil
        }
    }

    private func log(_ payload: InputEvent.Payload) {
        switch payload {
        case .code:
            logger.debug("code received")
        case .rejected(let rejection):
            logger.warning("input dropped: \(rejection.message)", metadata: ["reason": "\(rejection.code)"])
        }
    }
}
