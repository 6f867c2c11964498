/// Turns the input reports of one HID interface into payloads. Pure, so recorded report
/// sequences test it without a device; the libusb transport only moves bytes.
///
/// A keyboard scanner without a suffix ends its code by pausing: such a decoder names a
/// `deadline`, and the reading thread calls `flush(at:)` once it has passed.
public protocol HIDReportDecoder: Sendable {
    mutating func feed(report: [UInt8]) -> [InputEvent.Payload]
    var deadline: ContinuousClock.Instant? { get }
    mutating func flush(at now: ContinuousClock.Instant) -> [InputEvent.Payload]
}

extension HIDReportDecoder {
    public var deadline: ContinuousClock.Instant? { nil }

    public mutating func flush(at now: ContinuousClock.Instant) -> [InputEvent.Payload] { [] }
}
