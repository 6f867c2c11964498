import Devices
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `kiosk devices` against real sysfs, and how fast hubd picks up a device that appears.
@Suite(.serialized, .insideDeviceLab) struct DeviceLabDiscoveryTests {
    /// Six USB devices at once, one per virtual controller: every kind the lab has.
    @Test func kioskDevicesListsEveryKindAndTellsIdenticalScannersApartByPort() async throws {
        let serial = try DeviceLabSerialTests.acmGadget()
        let pos = try DeviceLabHIDTests.hidGadget(.pointOfSale, productID: 0x0b63, serial: "POS1")
        let left = try DeviceLabHIDTests.hidGadget(.bootKeyboard, productID: 0x0b70, serial: nil)
        let right = try DeviceLabHIDTests.hidGadget(.bootKeyboard, productID: 0x0b70, serial: nil)
        let reader = try DeviceLabSerialTests.acmGadget(product: "RFID Reader", serial: "RDM1", productID: 0x0c01)
        let terminal = try DeviceLabSerialTests.acmGadget(product: "PIN Terminal", serial: "PT0001", productID: 0x0d01)
        let tty = try #require(serial.hostTTY)
        let readerTTY = try #require(reader.hostTTY)
        let terminalTTY = try #require(terminal.hostTTY)
        let config = DeviceLabSerialTests.scannerConfig(tty)
            + labDevice("usb-pass-reader", role: "pass", driver: "rdm6300", ["path": "\"\(readerTTY)\""])
            + DeviceLabPaymentTests.config(terminalTTY)
            + DeviceLabHIDTests.config("pos-scanner", productID: 0x0b63, ["serial": "\"POS1\""])
            + DeviceLabHIDTests.config("left-scanner", productID: 0x0b70, ["port": "\"\(left.portPath)\"", "layout": "\"us\""])
            + DeviceLabHIDTests.config("right-scanner", productID: 0x0b70, ["port": "\"\(right.portPath)\"", "layout": "\"us\""])
        let hub = try Daemon(extraConfig: config)
        try await hub.start()

        let attached = try await hub.attachedDevices()
        func entry(_ port: String) -> USBDeviceMatch? { attached.first { $0.device.portPath == port } }
        let acm = try #require(entry(serial.portPath))
        #expect(acm.device.vid == "0c2e" && acm.device.pid == "0b61" && acm.device.serial == "SCAN123")
        #expect(acm.device.product == "Test Scanner" && acm.device.deviceNodes.contains(tty))
        #expect(acm.configured == ["usb-scanner"])
        #expect(entry(reader.portPath)?.configured == ["usb-pass-reader"])
        #expect(entry(terminal.portPath)?.configured == ["usb-terminal"])
        #expect(entry(terminal.portPath)?.device.deviceNodes.contains(terminalTTY) == true)
        #expect(entry(pos.portPath)?.configured == ["pos-scanner"])
        #expect(entry(pos.portPath)?.device.interfaceClass == 3)
        #expect(entry(left.portPath)?.device.serial == nil && entry(right.portPath)?.device.serial == nil)
        #expect(entry(left.portPath)?.configured == ["left-scanner"])
        #expect(entry(right.portPath)?.configured == ["right-scanner"])

        let text = await hub.kiosk(["devices"])
        #expect(text.stdout.contains("0c2e:0b61") && text.stdout.contains("SCAN123") && text.stdout.contains(tty), "\(text.stdout)")
        for name in ["usb-scanner", "pos-scanner", "left-scanner", "right-scanner"] {
            try await hub.waitForDevice(name, toBe: "connected")
        }
        let writer = try HIDGadgetWriter(path: try right.gadgetNode())
        try writer.send(try DeviceLabHIDTests.keystrokes("VG00130013", layout: .us))
        #expect(try await hub.barcodes(atLeast: 1) == ["VG00130013"])
        #expect(left.hostDriver == "usbfs" && right.hostDriver == "usbfs", "each identical scanner claimed on its own port")
    }

    /// A device plugged in after start is opened without a restart, read from `/proc/<hubd>/fd`
    /// so it is not the status command's own view. Nothing is timed: the 5 s bounds only end a
    /// wait that would otherwise last until the 30 s fallback look, which is what they tell
    /// apart from the kernel's notice. The delay is printed for the log.
    @Test(arguments: ["serial", "hid", "evdev"])
    func aDeviceThatAppearsIsConnectedWithoutARestart(kind: String) async throws {
        let hub: Daemon
        let started: ContinuousClock.Instant
        var keep: [AnyObject] = []
        switch kind {
        case "serial":
            let gadget = try DeviceLabSerialTests.acmGadget()
            let tty = try #require(gadget.hostTTY)
            try gadget.unplug()
            hub = try Daemon(extraConfig: DeviceLabSerialTests.scannerConfig(tty))
            try await hub.start()
            try await hub.waitForDevice("usb-scanner", toBe: "waiting")
            try gadget.plug()
            started = .now
            keep.append(gadget)
            try await waitUntil(seconds: 5, "hubd to open \(tty)") { Self.holds(hub, tty) }
        case "hid":
            let gadget = try USBGadget(vendorID: 0x0c2e, productID: 0x0b64, product: "HID Scanner", serial: "HOT1", function: .hid(.pointOfSale))
            hub = try Daemon(extraConfig: DeviceLabHIDTests.config("usb-scanner", productID: 0x0b64))
            try await hub.start()
            try await hub.waitForDevice("usb-scanner", toBe: "waiting")
            try gadget.plug()
            started = .now
            keep.append(gadget)
            try await waitUntil(seconds: 5, "hubd to claim the HID scanner") { gadget.hostDriver == "usbfs" }
        default:
            let probe = try UInputKeyboard(name: "buurhub lab hotplug")
            let node = probe.node
            probe.destroy()
            hub = try Daemon(extraConfig: labDevice("usb-scanner", role: "intake", driver: "evdev", ["path": "\"\(node)\""]))
            try await hub.start()
            try await hub.waitForDevice("usb-scanner", toBe: "waiting")
            let wedge = try UInputKeyboard(name: "buurhub lab hotplug")
            started = .now
            keep.append(wedge)
            #expect(wedge.node == node)
            try await waitUntil(seconds: 5, "hubd to open \(node)") { Self.holds(hub, node) }
        }
        let delay = ContinuousClock.now - started
        FileHandle.standardError.write(Data("note: \(kind) device connected \(delay) after it appeared\n".utf8))
        try await hub.waitForDevice("usb-scanner", toBe: "connected")
        withExtendedLifetime(keep) {}
    }

    static func holds(_ hub: Daemon, _ node: String) -> Bool {
        guard let pid = hub.process?.processIdentifier else { return false }
        return DeviceLab.contents(of: "/proc/\(pid)/fd").contains {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")) == node
        }
    }
}
