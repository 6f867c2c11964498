import Devices
import Foundation
import Testing

/// USB HID scanners read through libusb: a boot keyboard and a HID POS scanner as real USB
/// devices, which hubd claims from the kernel's `usbhid` and gives back when it stops.
@Suite(.serialized, .insideDeviceLab) struct DeviceLabHIDTests {
    static func hidGadget(_ function: HIDGadgetFunction, productID: UInt16, serial: String?) throws -> USBGadget {
        let gadget = try USBGadget(vendorID: 0x0c2e, productID: productID, product: "HID Scanner", serial: serial, function: .hid(function))
        try gadget.plug()
        return gadget
    }

    static func config(_ name: String, productID: UInt16, _ extra: [String: String] = [:]) -> String {
        labDevice(name, role: "intake", driver: "hid", ["vid": "\"0c2e\"", "pid": String(format: "\"%04x\"", productID)].merging(extra) { $1 })
    }

    static func keystrokes(_ code: String, layout: KeyboardLayout, suffix: Bool = true) throws -> [[UInt8]] {
        let bytes = try EvdevKeystrokeEncoder(layout: layout).encode(code, suffix: suffix)
        let records = stride(from: 0, to: bytes.count, by: InputEventRecord.size).compactMap { InputEventRecord(bytes: bytes, at: $0) }
        return BootReportRecorder.reports(for: records)
    }

    @Test func aBootKeyboardScannerIsClaimedFromUSBHIDReadThroughItsLayoutAndGivenBack() async throws {
        let gadget = try Self.hidGadget(.bootKeyboard, productID: 0x0b61, serial: "KBD1")
        #expect(gadget.hostDriver == "usbhid", "before hubd, the kernel's usbhid drives the scanner")
        let hub = try Daemon(extraConfig: Self.config("usb-keyboard", productID: 0x0b61, ["layout": "\"be\""]))
        try await hub.start()
        try await hub.waitForDevice("usb-keyboard", toBe: "connected")
        #expect(gadget.hostDriver == "usbfs", "hubd detached usbhid and claimed the interface through libusb")

        let writer = try HIDGadgetWriter(path: try gadget.gadgetNode())
        try writer.send(try Self.keystrokes("VG00130013", layout: .be))
        #expect(try await hub.barcodes(atLeast: 1) == ["VG00130013"])

        await hub.signal(SIGTERM)
        try waitFor("usbhid to be bound again") { gadget.hostDriver == "usbhid" }
    }

    @Test func aCodeWithoutSuffixIsEndedBySilence() async throws {
        let gadget = try Self.hidGadget(.bootKeyboard, productID: 0x0b62, serial: "KBD2")
        let hub = try Daemon(extraConfig: Self.config("quiet-keyboard", productID: 0x0b62, ["layout": "\"us\"", "suffix_timeout_ms": "300"]))
        try await hub.start()
        try await hub.waitForDevice("quiet-keyboard", toBe: "connected")
        let writer = try HIDGadgetWriter(path: try gadget.gadgetNode())
        try writer.send(try Self.keystrokes("APO-123456", layout: .us, suffix: false))
        #expect(try await hub.barcodes(atLeast: 1) == ["APO-123456"])
    }

    @Test func aHIDPOSScannerDeliversGS1WithItsSeparatorsAcrossReports() async throws {
        let gadget = try Self.hidGadget(.pointOfSale, productID: 0x0b63, serial: "POS1")
        let hub = try Daemon(extraConfig: Self.config("pos-scanner", productID: 0x0b63, ["serial": "\"POS1\""]))
        try await hub.start()
        try await hub.waitForDevice("pos-scanner", toBe: "connected")
        let writer = try HIDGadgetWriter(path: try gadget.gadgetNode())
        let gs1 = "011231231231233310ABC123\u{1D}99TESTING"
        let long = "TDJ" + String(repeating: "0", count: 7)
        try writer.send(HIDPOSReport.sequence("]d2", Array(gs1.utf8)))
        try writer.send(HIDPOSReport.sequence("]C0", Array((long + String(repeating: "9", count: 60)).utf8)))
        let stored = try await hub.barcodes(atLeast: 2)
        #expect(stored.first == gs1)
        #expect(stored.last == long + String(repeating: "9", count: 60), "a code of 70 bytes spans two reports")
    }
}
