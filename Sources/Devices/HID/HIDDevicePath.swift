/// Where a USB device is plugged in, written the way sysfs names it ("1-1.3": bus 1, root port
/// 1, hub port 3), so a config can tell identical scanners without a serial apart by socket.
public struct HIDDevicePath: Sendable, Hashable, CustomStringConvertible {
    public var bus: UInt8
    /// Port numbers from the root hub down, as `libusb_get_port_numbers` returns them.
    public var ports: [UInt8]

    public init(bus: UInt8, ports: [UInt8]) {
        self.bus = bus
        self.ports = ports
    }

    /// Parses the sysfs form; nil for root hubs ("usb1"), interfaces ("1-1.3:1.0") and junk.
    public init?(sysfsName: String) {
        let parts = sysfsName.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let bus = UInt8(parts[0]) else { return nil }
        let ports = parts[1].split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        guard !ports.isEmpty, ports.allSatisfy({ $0 != nil }) else { return nil }
        self.init(bus: bus, ports: ports.compactMap { $0 })
    }

    /// "1-1.3"; a device on the root hub itself has no ports and is named "usb1" by sysfs.
    public var sysfsName: String {
        guard !ports.isEmpty else { return "usb\(bus)" }
        return "\(bus)-" + ports.map(String.init).joined(separator: ".")
    }

    public var description: String { sysfsName }
}
