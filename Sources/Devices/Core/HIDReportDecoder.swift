/// Turns the input reports of one HID interface into payloads. Pure, so recorded report
/// sequences test it without a device; the libusb transport only moves bytes.
public protocol HIDReportDecoder: Sendable {
    mutating func feed(report: [UInt8]) -> [InputEvent.Payload]
}
