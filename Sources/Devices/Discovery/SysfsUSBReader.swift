import Foundation
import Logging

/// Reads attached USB devices from sysfs (`<root>/bus/usb/devices`), which needs no permission
/// on the devices themselves and so also works before udev rules are installed.
///
/// Each device directory ("1-1.3") holds `idVendor`, `idProduct`, `manufacturer`, `product`,
/// `serial` and `busnum`, and one subdirectory per interface ("1-1.3:1.0"). Device nodes are
/// found below the interfaces: `tty/ttyACM*` (CDC-ACM), `ttyUSB*` (USB serial adapters), and
/// `input/input*/event*` and `hidraw/hidraw*`, either directly or below the HID device
/// ("0003:0C2E:0B61.0001") that usbhid creates in the interface.
struct SysfsUSBReader {
    let root: String
    let logger: Logger

    private var devicesDirectory: String { root + "/bus/usb/devices" }

    func devices() -> [USBDeviceInfo] {
        let names = Self.contents(of: devicesDirectory).filter { HIDDevicePath(sysfsName: $0) != nil }
        return names.sorted(by: Self.portOrder).compactMap(device(named:))
    }

    /// nil when the IDs cannot be read: a device half-gone after an unplug, or not a device.
    private func device(named name: String) -> USBDeviceInfo? {
        let base = devicesDirectory + "/" + name
        guard let vid = Self.hexID(attribute(base, "idVendor")), let pid = Self.hexID(attribute(base, "idProduct")) else {
            logger.debug("skipping USB device without readable IDs", metadata: ["port": "\(name)"])
            return nil
        }
        let interfaces = Self.contents(of: base).filter { $0.hasPrefix(name + ":") }.sorted()
        let firstClass = interfaces.first.flatMap { attribute(base + "/" + $0, "bInterfaceClass") }
        let nodes = interfaces.flatMap { deviceNodes(in: base + "/" + $0) }
        return USBDeviceInfo(
            vid: vid, pid: pid,
            manufacturer: attribute(base, "manufacturer"),
            product: attribute(base, "product"),
            serial: attribute(base, "serial"),
            busNumber: attribute(base, "busnum").flatMap { Int($0) } ?? HIDDevicePath(sysfsName: name).map { Int($0.bus) },
            portPath: name,
            interfaceClass: firstClass.flatMap { Int($0, radix: 16) },
            deviceNodes: Array(Set(nodes)).sorted(),
            sources: ["sysfs"]
        )
    }

    private func deviceNodes(in interface: String) -> [String] {
        let hidChildren = Self.contents(of: interface).filter { $0.split(separator: ":").count == 3 && $0.contains(".") }
        return ([interface] + hidChildren.map { interface + "/" + $0 }).flatMap { directory in
            let tty = Self.contents(of: directory + "/tty").filter { $0.hasPrefix("tty") }
            let usbSerial = Self.contents(of: directory).filter { $0.hasPrefix("ttyUSB") }
            let hidraw = Self.contents(of: directory + "/hidraw").filter { $0.hasPrefix("hidraw") }
            let events = Self.contents(of: directory + "/input").filter { $0.hasPrefix("input") }.flatMap { input in
                Self.contents(of: directory + "/input/" + input).filter { $0.hasPrefix("event") }
            }
            return (tty + usbSerial + hidraw).map { "/dev/" + $0 } + events.map { "/dev/input/" + $0 }
        }
    }

    /// A trimmed attribute, or nil when missing, unreadable or empty.
    private func attribute(_ directory: String, _ name: String) -> String? {
        guard let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func contents(of directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    }

    /// Exactly four hex digits, lower-cased; anything else is a corrupt or foreign entry.
    private static func hexID(_ text: String?) -> String? {
        guard let text, text.count == 4, UInt16(text, radix: 16) != nil else { return nil }
        return text.lowercased()
    }

    /// Bus first, then port numbers numerically, so "1-1.10" sorts after "1-1.9".
    private static func portOrder(_ lhs: String, _ rhs: String) -> Bool {
        guard let left = HIDDevicePath(sysfsName: lhs), let right = HIDDevicePath(sysfsName: rhs) else { return lhs < rhs }
        return ([left.bus] + left.ports).lexicographicallyPrecedes([right.bus] + right.ports)
    }
}
