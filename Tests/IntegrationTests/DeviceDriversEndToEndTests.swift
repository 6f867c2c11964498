import Devices
import Foundation
import Testing

/// The device drivers inside the running hubd, through the kernel objects they read on the Pi:
/// a FIFO of `input_event` records for a keyboard-wedge scanner, a pty for an RDM6300 pass reader.
@Suite(.serialized) struct DeviceDriversEndToEndTests {
    static func config(wedge: String, reader: String) -> String {
        """

        [[devices]]
        name = "wedge"
        role = "intake"
        driver = "evdev"
        path = "\(wedge)"
        layout = "be"

        [[devices]]
        name = "second-reader"
        role = "pass"
        driver = "rdm6300"
        path = "\(reader)"
        """
    }

    @Test func aBelgianWedgeScannerAndAPassReaderWorkInsideHubd() async throws {
        let reader = try PseudoTerminal()
        let directory = NSTemporaryDirectory() + "bh-fifo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let wedge = try FIFOWriter(path: directory + "/event7")
        let hub = try Daemon(extraConfig: Self.config(wedge: wedge.path, reader: reader.slavePath))
        try await hub.start()

        let encoder = EvdevKeystrokeEncoder(layout: .be)
        try wedge.write(try encoder.encode("VG00130013"))
        var dropped = try encoder.encode("VG1234", suffix: false)
        dropped += InputEventRecord(type: 0, code: 3, value: 0).bytes + InputEventRecord(type: 0, code: 0, value: 0).bytes
        dropped += try encoder.encode("5678")
        try wedge.write(dropped)
        try wedge.write(try encoder.encode("]d2011231231231233310ABC123\u{1D}99TESTING"))
        let parcels = try await IntakeEndToEndTests.waitForParcels(hub, count: 2)
        #expect(parcels.map(\.barcode) == ["VG00130013", "011231231231233310ABC123\u{1D}99TESTING"])
        #expect(!parcels.contains { $0.barcode.contains("5678") })

        try reader.write([0x41, 0x42] + [0x02] + Array("62E3086CED08".utf8) + [0x03])
        try await waitUntil(seconds: 10, "the unknown pass in kiosk status") {
            await hub.kiosk(["status"]).stdout.contains("unknown pass on second-reader")
        }
        #expect(!hub.log().contains("E3086CED"), "a pass UID must never reach the journal")
    }
}
