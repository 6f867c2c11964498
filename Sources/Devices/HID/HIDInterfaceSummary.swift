/// A HID interface of the active configuration and its interrupt IN endpoint, as plain values
/// so the choice of interface and decoder is testable without a device.
struct HIDInterfaceSummary: Sendable, Hashable {
    /// How the interface's reports are to be read.
    enum Kind: Sendable, Hashable {
        /// Boot protocol 1: 8-byte keyboard reports, decoded through a keyboard layout.
        case bootKeyboard
        /// Anything else a scanner exposes, in practice HID POS (usage page 0x8C).
        case pointOfSale
    }

    var number: UInt8
    var interfaceClass: UInt8
    var subclass: UInt8
    var interfaceProtocol: UInt8
    var inEndpoint: UInt8?
    var maxPacketSize: Int

    var kind: Kind {
        interfaceProtocol == 1 ? .bootKeyboard : .pointOfSale
    }

    /// Prefers a non-boot HID interface: a scanner offering both carries AIM identifiers and GS
    /// intact only in HID POS reports. A boot mouse (protocol 2) is never a scanner.
    static func choose(from interfaces: [HIDInterfaceSummary]) -> HIDInterfaceSummary? {
        let readable = interfaces.filter {
            $0.interfaceClass == LibUSB.hidClass && $0.inEndpoint != nil && $0.interfaceProtocol != 2
        }
        return readable.first { $0.kind == .pointOfSale } ?? readable.first
    }
}
