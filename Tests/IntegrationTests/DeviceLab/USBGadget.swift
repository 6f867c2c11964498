import Devices
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A virtual USB device built with the kernel's configfs gadget stack and plugged into one of
/// dummy_hcd's controllers. To the rest of the kernel it is a real device on a real bus: it
/// enumerates, `cdc_acm` or `usbhid` binds it, sysfs shows its IDs and strings, libusb opens it.
///
/// `plug()` and `unplug()` write the controller's name or nothing into the gadget's `UDC` file,
/// exactly like pulling the cable. The gadget keeps its controller while it exists, so a replug
/// comes back on the same port path, as a scanner plugged back into the same socket does.
///
/// `@unchecked Sendable`: a test creates, plugs and removes its gadget from one task at a time;
/// the only state is the `plugged` flag, which those calls alone change.
final class USBGadget: @unchecked Sendable {
    let directory: String
    let function: GadgetFunction
    let controller: String
    let serial: String?
    private var plugged = false

    private static let sequence = Mutex(0)

    init(vendorID: UInt16, productID: UInt16, product: String, serial: String?, function: GadgetFunction) throws {
        controller = try DeviceLab.takeController()
        let number = Self.sequence.withLock { value in
            value += 1
            return value
        }
        directory = DeviceLab.gadgetRoot + "/lab\(number)"
        self.function = function
        self.serial = serial
        do {
            try build(vendorID: vendorID, productID: productID, product: product)
        } catch {
            remove()
            DeviceLab.giveBack(controller)
            throw error
        }
    }

    deinit {
        if plugged { try? unplug() }
        remove()
        DeviceLab.giveBack(controller)
    }

    private func build(vendorID: UInt16, productID: UInt16, product: String) throws {
        try makeDirectory(directory)
        try DeviceLab.write(String(format: "0x%04x", vendorID), to: directory + "/idVendor")
        try DeviceLab.write(String(format: "0x%04x", productID), to: directory + "/idProduct")
        try DeviceLab.write("0x0200", to: directory + "/bcdUSB")
        try makeDirectory(directory + "/strings/0x409")
        try DeviceLab.write("buurhub lab", to: directory + "/strings/0x409/manufacturer")
        try DeviceLab.write(product, to: directory + "/strings/0x409/product")
        if let serial {
            try DeviceLab.write(serial, to: directory + "/strings/0x409/serialnumber")
        }
        try makeDirectory(directory + "/configs/c.1")
        try DeviceLab.write("100", to: directory + "/configs/c.1/MaxPower")
        try makeDirectory(functionDirectory)
        try function.configure(functionDirectory)
        guard symlink(functionDirectory, directory + "/configs/c.1/" + function.instance) == 0 else {
            throw LabError("could not link \(function.instance) into the gadget's configuration: \(String(cString: strerror(errno)))")
        }
    }

    var functionDirectory: String { directory + "/functions/" + function.instance }

    /// Connects the device and waits until the host has enumerated it and a driver has bound
    /// its first interface (`cdc_acm` or `usbhid`).
    func plug() throws {
        try DeviceLab.write(controller, to: directory + "/UDC")
        plugged = true
        try waitFor("\(portPath) to be enumerated and bound") {
            FileManager.default.fileExists(atPath: "/sys/bus/usb/devices/\(portPath):1.0/driver")
        }
    }

    /// Disconnects the device and waits until the host has removed it.
    func unplug() throws {
        try DeviceLab.write("", to: directory + "/UDC")
        plugged = false
        try waitFor("\(portPath) to disappear") {
            !FileManager.default.fileExists(atPath: "/sys/bus/usb/devices/\(portPath)")
        }
    }

    /// The host's port path for this device ("3-1"): port 1 of the bus dummy_hcd made for the
    /// gadget's controller, whose root hub carries the controller's name as its serial.
    var portPath: String {
        let hcd = controller.replacingOccurrences(of: "dummy_udc", with: "dummy_hcd")
        let root = DeviceLab.contents(of: "/sys/bus/usb/devices").first {
            $0.hasPrefix("usb") && DeviceLab.read("/sys/bus/usb/devices/\($0)/serial") == hcd
        }
        return (root.map { String($0.dropFirst(3)) } ?? "?") + "-1"
    }

    /// The tty the host's `cdc_acm` made for an ACM gadget ("/dev/ttyACM0").
    var hostTTY: String? {
        let interfaces = DeviceLab.contents(of: "/sys/bus/usb/devices/\(portPath)").filter { $0.hasPrefix(portPath + ":") }
        for interface in interfaces {
            if let tty = DeviceLab.contents(of: "/sys/bus/usb/devices/\(portPath)/\(interface)/tty").first {
                return "/dev/" + tty
            }
        }
        return nil
    }

    /// The driver bound to the first interface ("usbhid", "cdc_acm"), or nil when none is.
    var hostDriver: String? {
        let link = "/sys/bus/usb/devices/\(portPath):1.0/driver"
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link) else { return nil }
        return URL(fileURLWithPath: target).lastPathComponent
    }

    /// The gadget's own end: `/dev/ttyGS<n>` for ACM, `/dev/hidg<n>` for HID.
    func gadgetNode() throws -> String {
        switch function {
        case .acm:
            guard let port = DeviceLab.read(functionDirectory + "/port_num") else { throw LabError("the ACM function has no port_num") }
            return "/dev/ttyGS" + port
        case .hid:
            let number = DeviceLab.read(functionDirectory + "/dev")
            let name = DeviceLab.contents(of: "/sys/class/hidg").first { DeviceLab.read("/sys/class/hidg/\($0)/dev") == number }
            guard let name else { throw LabError("no /dev/hidg node for \(number ?? "?")") }
            return "/dev/" + name
        }
    }

    /// Takes the gadget apart in the order configfs requires: links, then configuration, then
    /// functions and strings, then the gadget itself.
    private func remove() {
        unlink(directory + "/configs/c.1/" + function.instance)
        rmdir(directory + "/configs/c.1/strings/0x409")
        rmdir(directory + "/configs/c.1")
        rmdir(functionDirectory)
        rmdir(directory + "/strings/0x409")
        rmdir(directory)
    }

    private func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw LabError("could not create \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// What the virtual device is: a CDC-ACM serial port, or a HID interface with its report
/// descriptor.
enum GadgetFunction: Sendable {
    case acm
    case hid(HIDGadgetFunction)

    var instance: String {
        switch self {
        case .acm: "acm.usb0"
        case .hid: "hid.usb0"
        }
    }

    func configure(_ directory: String) throws {
        guard case .hid(let hid) = self else { return }
        try DeviceLab.write(String(hid.subclass), to: directory + "/subclass")
        try DeviceLab.write(String(hid.interfaceProtocol), to: directory + "/protocol")
        try DeviceLab.write(String(hid.reportLength), to: directory + "/report_length")
        try DeviceLab.writeBytes(hid.reportDescriptor, to: directory + "/report_desc")
    }
}

/// Waits up to 10 s (the lab runs under software emulation) for a kernel state to appear.
func waitFor(_ what: String, seconds: Double = 10, _ condition: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        guard Date() < deadline else { throw LabError("timed out after \(Int(seconds)) s waiting for \(what)") }
        usleep(20_000)
    }
}
