import Devices

/// Stands in for the boot-keyboard decoder another part of the hub provides.
struct StubKeyboardDecoder: HIDReportDecoder {
    mutating func feed(report: [UInt8]) -> [InputEvent.Payload] {
        []
    }
}
