import Logging

/// The body of a `HIDInterruptReader` thread: transfer, decode, queue, until stopped or unplugged.
struct HIDReadLoop: Sendable {
    let handle: LibUSBHIDHandle
    let decoder: any HIDReportDecoder
    let name: String
    let logger: Logger
    let timeoutMilliseconds: UInt32
    let stop: StopFlag
    let continuation: AsyncStream<HIDReadEvent>.Continuation
    /// Answered on every turn: the transfer times out often enough that no wake is needed.
    let ping: PingSlot?

    func run() {
        var decoder = decoder
        var closedReason: String?
        if let endpoint = handle.interface?.inEndpoint {
            closedReason = read(from: endpoint, decoder: &decoder)
        } else {
            closedReason = "the claimed USB interface has no input endpoint"
        }
        ping?.retire()
        handle.close()
        if let closedReason {
            continuation.yield(.closed(closedReason))
        }
        continuation.finish()
    }

    /// Returns the disconnect reason, or nil when stopped.
    private func read(from endpoint: UInt8, decoder: inout any HIDReportDecoder) -> String? {
        var buffer = [UInt8](repeating: 0, count: handle.interface?.maxPacketSize ?? 64)
        var overflowing = false
        while !stop.isSet {
            ping?.answer()
            if let deadline = decoder.deadline, deadline <= .now {
                for payload in decoder.flush(at: .now) where !deliver(payload, overflowing: &overflowing) {
                    return nil
                }
            }
            let (result, count) = handle.read(into: &buffer, endpoint: endpoint, timeoutMilliseconds: timeoutMilliseconds)
            switch result {
            case LibUSB.success:
                guard count > 0 else { continue }
                for payload in decoder.feed(report: Array(buffer.prefix(count))) {
                    if !deliver(payload, overflowing: &overflowing) {
                        return nil
                    }
                }
            case LibUSB.timeout, LibUSB.interrupted:
                continue
            case LibUSB.overflow:
                logger.warning("HID report larger than the endpoint's packet size dropped", metadata: ["device": "\(name)"])
            case LibUSB.noDevice, LibUSB.io:
                return "USB read failed (\(LibUSB.errorName(result))) — the scanner was unplugged or reset"
            default:
                return "USB read failed (\(LibUSB.errorName(result)))"
            }
        }
        return nil
    }

    /// Returns false when nobody listens any more.
    private func deliver(_ payload: InputEvent.Payload, overflowing: inout Bool) -> Bool {
        switch continuation.yield(.payload(payload)) {
        case .enqueued:
            overflowing = false
        case .dropped:
            if !overflowing {
                logger.warning("input dropped: the hub is not keeping up", metadata: ["device": "\(name)"])
            }
            overflowing = true
        case .terminated:
            return false
        @unknown default:
            return false
        }
        return true
    }
}
