import CHubShims
import Devices
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Keyboard-wedge scanners as real evdev nodes made by uinput: grabbed by hubd, gone with ENODEV
/// when destroyed, picked up again when they come back.
@Suite(.serialized, .insideDeviceLab) struct DeviceLabEvdevTests {
    /// Tries to grab the node as a second reader would; returns errno, or 0 when the grab worked
    /// (and releases it again).
    static func grab(_ node: String) -> Int32 {
        let fd = open(node, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        guard ioctl(fd, UInt(HUB_EVIOCGRAB), CInt(1)) == 0 else { return errno }
        _ = ioctl(fd, UInt(HUB_EVIOCGRAB), CInt(0))
        return 0
    }

    @Test func aWedgeScannerIsGrabbedLostWithENODEVAndReconnected() async throws {
        var wedge = try UInputKeyboard(name: "buurhub lab wedge")
        let node = wedge.node
        let spare = try UInputKeyboard(name: "buurhub lab spare")
        let hub = try Daemon(extraConfig: labDevice("wedge", role: "intake", driver: "evdev", ["path": "\"\(node)\"", "layout": "\"us\""])
            + labDevice("spare-wedge", role: nil, driver: "evdev", ["path": "\"\(spare.node)\""]))
        try await hub.start()
        try await hub.waitForDevice("wedge", toBe: "connected")

        #expect(Self.grab(node) == EBUSY, "hubd holds the grab, so a second EVIOCGRAB is refused")
        #expect(Self.grab(spare.node) == 0, "a device with no role is never grabbed")
        let encoder = EvdevKeystrokeEncoder(layout: .us)
        try wedge.type(try encoder.encode("VG00130013"))
        #expect(try await hub.barcodes(atLeast: 1) == ["VG00130013"])

        wedge.destroy()
        try await waitUntil(seconds: 10, "hubd to notice the wedge is gone") { await hub.deviceState("wedge")?.state != "connected" }
        let lost = hub.log().split(separator: "\n").first { $0.contains("disconnected") && $0.contains("wedge") }
        #expect(lost?.contains("No such device") == true, "hubd saw ENODEV: \(lost ?? "no disconnect logged")")

        wedge = try UInputKeyboard(name: "buurhub lab wedge")
        #expect(wedge.node == node, "the kernel reuses the freed event number")
        try await hub.waitForDevice("wedge", toBe: "connected")
        try wedge.type(try encoder.encode("VG00130014"))
        #expect(try await hub.barcodes(atLeast: 2) == ["VG00130013", "VG00130014"])
    }
}
