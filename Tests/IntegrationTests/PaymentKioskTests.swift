import Devices
import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// A resident pays a ride's own contribution at the kiosk; card data never reaches disk or log.
@Suite("Card payments at the kiosk, and no card data kept", .serialized)
struct PaymentKioskTests {
    @Test func aRideIsPaidByCardAtTheKiosk() async throws {
        let rig = try TerminalRig(.serial)
        let daemon = try Daemon(extraConfig: rig.deviceConfig + "\n[kiosk]\ndouble_tap_seconds = 1\n")
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addService("markt", kind: "ride", name: "Rit naar de markt", price: "1,50", payment: "pin")
        try await daemon.enrol("BZ-001", uid: "E3086CED")

        let choice = try await daemon.tapAndWait("E3086CED")
        let key = try #require(choice.options.first { $0.label.nl == "Rit naar de markt" }?.key)
        let confirm = try await daemon.press(key)
        #expect(confirm.lines.contains { $0.en == "You pay € 1.50 by bank card" })
        let paying = try await daemon.press("1")
        #expect(paying.kind == .paying)
        var done = paying
        try await waitUntil(seconds: 30, "the payment to end on screen") {
            done = try await daemon.screen()
            return done.kind != .paying
        }
        #expect(done.kind == .done, "\(done.text())")
        #expect(done.lines.contains { $0.en == "Paid: € 1.50. Thank you!" }, "\(done.text())")
        let rides = try await daemon.json([ServiceUseView].self, ["rides"])
        #expect(rides.first?.use.paymentState == .paid)
        let payments = try await daemon.payments()
        #expect(payments.first?.payment.reference == "service-use:\(rides.first?.use.id ?? 0)")
        #expect(payments.first?.payment.requestedBy == "kiosk")
        #expect(rig.simulator.charges.map(\.amountCents) == [150])
    }

    @Test(arguments: TerminalRig.Transport.allCases)
    func aCardNumberTheTerminalLeaksIsNeverStoredOrLogged(transport: TerminalRig.Transport) async throws {
        let pan = "4111 1111 1111 1111"
        let rig = try TerminalRig(transport)
        let daemon = try Daemon(extraConfig: rig.deviceConfig)
        try await daemon.start()
        try await daemon.loginAsStaff()
        rig.simulator.enqueue(ZVTSimulatorScript(cardNumberInText: pan))
        let paid = try await daemon.pay("12,34", reference: "groceries-pan")
        let settlement = try #require(paid.settlement, "\(paid.stderr)")
        #expect(settlement.payment.status == .approved)
        #expect(settlement.receipt.contains { $0.contains("1111") }, "the leaked line is kept, masked: \(settlement.receipt)")

        let data = daemon.directory + "/data/hub.sqlite"
        let forms = [pan, pan.replacingOccurrences(of: " ", with: ""), "4111111111111111", "411111111111"].map { Array($0.utf8) }
        for path in [data, data + "-wal", daemon.logPath] {
            let bytes = [UInt8]((FileManager.default.contents(atPath: path)) ?? Data())
            #expect(!bytes.isEmpty || path.hasSuffix("-wal"), "\(path) was read")
            for form in forms {
                #expect(!RawUIDTests.contains(bytes, form), "\(path) holds the card number as \(String(decoding: form, as: UTF8.self))")
            }
        }
        let json = await daemon.kiosk(["payments", "--json"])
        #expect(!json.stdout.contains("4111 1111 1111 1111") && !json.stdout.contains("4111111111111111"))
    }
}
