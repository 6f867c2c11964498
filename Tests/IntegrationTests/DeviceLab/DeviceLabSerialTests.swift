import Devices
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Serial devices on a real USB CDC-ACM link: the gadget's `/dev/ttyGS*` plays the scanner, pass
/// reader or terminal, and hubd reads the `/dev/ttyACM*` the kernel's `cdc_acm` made for it.
@Suite(.serialized, .insideDeviceLab) struct DeviceLabSerialTests {
    static func acmGadget(product: String = "Test Scanner", serial: String? = "SCAN123", productID: UInt16 = 0x0b61) throws -> USBGadget {
        let gadget = try USBGadget(vendorID: 0x0c2e, productID: productID, product: product, serial: serial, function: .acm)
        try gadget.plug()
        return gadget
    }

    static func scannerConfig(_ tty: String) -> String {
        labDevice("usb-scanner", role: "intake", driver: "serial", ["path": "\"\(tty)\"", "terminator": "\"CR\""])
    }

    @Test func scansFromACDCACMScannerAreStoredAndAnUnplugMidScanLosesNothingAcknowledged() async throws {
        let gadget = try Self.acmGadget()
        let tty = try #require(gadget.hostTTY)
        let hub = try Daemon(extraConfig: Self.scannerConfig(tty))
        try await hub.start()
        try await hub.waitForDevice("usb-scanner", toBe: "connected")
        let scanner = try PseudoTerminal(attachingTo: try gadget.gadgetNode())

        try scanner.write("VG00130013\r")
        #expect(try await hub.barcodes(atLeast: 1) == ["VG00130013"])

        try scanner.write("VG0013")
        try gadget.unplug()
        try await hub.waitForDevice("usb-scanner", toBe: "waiting")
        try gadget.plug()
        #expect(gadget.hostTTY == tty, "the replugged scanner gets its tty back")
        try await hub.waitForDevice("usb-scanner", toBe: "connected")
        try scanner.write("VG00130014\r")
        let stored = try await hub.barcodes(atLeast: 2)
        #expect(stored == ["VG00130013", "VG00130014"], "the half-sent code is not stored, the acknowledged one stays")
        #expect(hub.log().contains("usb-scanner"))
    }

    @Test func hubdHoldsTheScannerTTYExclusively() async throws {
        let gadget = try Self.acmGadget()
        let tty = try #require(gadget.hostTTY)
        let hub = try Daemon(extraConfig: Self.scannerConfig(tty))
        try await hub.start()
        try await hub.waitForDevice("usb-scanner", toBe: "connected")
        // Readable by everyone, so only TIOCEXCL can refuse the second opener.
        chmod(tty, 0o666)
        let second = await Command.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sh", "-c", "exec 3<> \(tty)"]
        )
        #expect(second.exit != 0)
        #expect(second.stderr.contains("busy"), "\(second.stderr)")
    }

    @Test func anRDM6300PassReaderOnUSBSerialReportsATap() async throws {
        let gadget = try Self.acmGadget(product: "RFID Reader", serial: "RDM1", productID: 0x0c01)
        let tty = try #require(gadget.hostTTY)
        let hub = try Daemon(extraConfig: labDevice("usb-pass-reader", role: "pass", driver: "rdm6300", ["path": "\"\(tty)\""]))
        try await hub.start()
        try await hub.waitForDevice("usb-pass-reader", toBe: "connected")
        let reader = try PseudoTerminal(attachingTo: try gadget.gadgetNode())
        try reader.write([0x02] + Array("62E3086CED08".utf8) + [0x03])
        try await waitUntil(seconds: 15, "the unknown pass in kiosk status") {
            await hub.kiosk(["status"]).stdout.contains("unknown pass on usb-pass-reader")
        }
        #expect(!hub.log().contains("E3086CED"), "a pass UID never reaches the journal")
    }
}
