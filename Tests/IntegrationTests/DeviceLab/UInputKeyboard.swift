import CHubShims
import Devices
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A keyboard-wedge scanner made by the kernel's uinput: a real evdev node under /dev/input that
/// hubd opens and grabs as it would a USB scanner's. Destroying it is the unplug.
final class UInputKeyboard {
    private var fd: CInt
    let name: String
    /// "/dev/input/eventN", found through sysfs once the kernel made the node.
    private(set) var node: String = ""

    init(name: String) throws {
        self.name = name
        fd = open("/dev/uinput", O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw LabError("could not open /dev/uinput: \(String(cString: strerror(errno))) — load the uinput module") }
        do {
            try create()
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        destroy()
    }

    private func create() throws {
        guard ioctl(fd, UInt(HUB_UI_SET_EVBIT), CInt(EV_KEY)) == 0, ioctl(fd, UInt(HUB_UI_SET_EVBIT), CInt(EV_SYN)) == 0 else {
            throw LabError("uinput refused the event types: \(String(cString: strerror(errno)))")
        }
        for key in 1..<CInt(249) where ioctl(fd, UInt(HUB_UI_SET_KEYBIT), key) != 0 {
            throw LabError("uinput refused key \(key): \(String(cString: strerror(errno)))")
        }
        let setup = Self.userDevice(name: name)
        guard write(fd, setup, setup.count) == setup.count, ioctl(fd, UInt(HUB_UI_DEV_CREATE)) == 0 else {
            throw LabError("uinput could not create \(name): \(String(cString: strerror(errno)))")
        }
        try waitFor("the evdev node of \(name)") {
            guard let event = Self.eventNode(named: name) else { return false }
            node = "/dev/input/" + event
            return FileManager.default.fileExists(atPath: node)
        }
    }

    /// `struct uinput_user_dev` (linux/uinput.h): name[80], input_id (bus, vendor, product,
    /// version as u16), ff_effects_max u32, then four arrays of 64 s32 axis limits, all zero.
    private static func userDevice(name: String) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 80 + 8 + 4 + 4 * 64 * 4)
        for (offset, byte) in name.utf8.prefix(79).enumerated() {
            bytes[offset] = byte
        }
        let identity: [UInt16] = [0x03, 0x0c2e, 0x0b61, 1]  // BUS_USB, a scanner's VID:PID
        for (index, value) in identity.enumerated() {
            bytes[80 + index * 2] = UInt8(value & 0xFF)
            bytes[81 + index * 2] = UInt8(value >> 8)
        }
        return bytes
    }

    private static func eventNode(named name: String) -> String? {
        DeviceLab.contents(of: "/sys/class/input").first {
            $0.hasPrefix("event") && DeviceLab.read("/sys/class/input/\($0)/device/name") == name
        }
    }

    /// Types the records `EvdevKeystrokeEncoder` made, as the scanner's keystrokes.
    func type(_ records: [UInt8]) throws {
        var offset = 0
        while offset < records.count {
            let written = records[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw LabError("uinput refused the keystrokes: \(String(cString: strerror(errno)))") }
            offset += written
        }
    }

    /// Removes the device: every reader of its node gets ENODEV, as after an unplug.
    func destroy() {
        guard fd >= 0 else { return }
        _ = ioctl(fd, UInt(HUB_UI_DEV_DESTROY))
        close(fd)
        fd = -1
    }
}
