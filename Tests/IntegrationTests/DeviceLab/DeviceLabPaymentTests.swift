import Devices
import Foundation
import Logging
import Testing

/// The ZVT terminal behind a real USB CDC-ACM link: the simulator serves on the gadget's tty and
/// hubd talks ZVT's serial framing through `cdc_acm`, including across an unplug mid-payment.
@Suite(.serialized, .insideDeviceLab) struct DeviceLabPaymentTests {
    /// A terminal that takes its time (the emulated machine is slow), so an unplug can land
    /// while the customer is still at the card reader.
    static func terminal(on gadget: USBGadget, stepDelay: Duration) throws -> ZVTTerminalSimulator {
        let options = ZVTSimulatorOptions(
            banner: nil, stepDelay: stepDelay, replyTimeout: .milliseconds(4000),
            acknowledgement: .milliseconds(2500), dropSilence: .milliseconds(1500), abortWindow: .seconds(30)
        )
        var logger = Logger(label: "lab-terminal")
        logger.logLevel = .warning
        let simulator = try ZVTTerminalSimulator(transport: .serialDevice(path: try gadget.gadgetNode()), options: options, logger: logger)
        simulator.start()
        return simulator
    }

    static func config(_ tty: String) -> String {
        labDevice("usb-terminal", role: "payment", driver: "zvt", [
            "path": "\"\(tty)\"", "password": "\"000000\"", "ack_timeout_ms": "2500", "reply_timeout_ms": "6000",
            "completion_timeout_ms": "5000", "customer_timeout_s": "30",
        ])
    }

    @Test func aPaymentIsApprovedAndOneCutOffByAnUnplugIsSettledAfterTheReplug() async throws {
        let gadget = try DeviceLabSerialTests.acmGadget(product: "PIN Terminal", serial: "PT0001", productID: 0x0d01)
        let tty = try #require(gadget.hostTTY)
        let simulator = try Self.terminal(on: gadget, stepDelay: .milliseconds(400))
        defer { simulator.stop() }
        let hub = try Daemon(extraConfig: Self.config(tty))
        try await hub.start()
        try await hub.loginAsStaff()
        try await hub.waitForDevice("usb-terminal", toBe: "connected", seconds: 30)

        let first = try await hub.pay("2,50", reference: "lab-1")
        #expect(first.exit == 0, "\(first.stderr)")
        #expect(first.settlement?.payment.status == .approved)

        let cut = hub.payInBackground("3,75", reference: "lab-2")
        try await waitUntil(seconds: 20, "the terminal to receive the second authorization") { simulator.authorizationsReceived == 2 }
        try gadget.unplug()
        try await Task.sleep(for: .seconds(1))
        try gadget.plug()
        _ = try await cut.value
        try await waitUntil(seconds: 60, "the cut-off payment to be settled") { try await hub.status().payment?.unresolved == 0 }

        let approved = try await hub.payments().map(\.payment).filter { $0.status == .approved }
        let charged = simulator.charges
        #expect(Set(approved.map(\.reference)).isSuperset(of: ["lab-1"]))
        #expect(approved.count == charged.count, "the hub's approved payments are exactly the terminal's charges")
        #expect(Set(approved.compactMap(\.receiptNumber)) == Set(charged.map(\.receiptNumber)))
    }
}
