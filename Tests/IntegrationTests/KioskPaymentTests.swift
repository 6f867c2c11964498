import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// Credit, invoice and free services at the kiosk, and the month's figures they produce.
@Suite(.serialized) struct KioskPaymentTests {
    func hub() async throws -> Daemon {
        let daemon = try Daemon(extraConfig: "\n[kiosk]\ndouble_tap_seconds = 1\n")
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addService("koffie", kind: "activity", name: "Koffieochtend", price: "1,00", payment: "credit")
        try await daemon.addService("huisarts", kind: "ride", name: "Rit naar de huisarts", price: "2,00", payment: "invoice")
        try await daemon.addService("lamp", kind: "chore", name: "Lamp vervangen", price: "0", payment: "free")
        try await daemon.enrol("BZ-001", uid: "E3086CED")
        return daemon
    }

    /// Taps, picks the service by its label, confirms; returns the screen after confirming.
    func use(_ label: String, on daemon: Daemon) async throws -> (confirm: ConsoleScreen, done: ConsoleScreen) {
        try await Task.sleep(for: .seconds(1.1))
        return try await daemon.useService(label, uid: "E3086CED")
    }

    @Test func creditInvoiceAndFreeServices() async throws {
        let daemon = try await hub()
        try await Task.sleep(for: .seconds(1.1))
        let first = try await daemon.tapAndWait("E3086CED")
        let coffeeKey = try #require(first.options.first { $0.label.nl == "Koffieochtend" }?.key)
        let broke = try await daemon.press(coffeeKey)
        #expect(broke.headline.en == "That did not work", "refused before the confirm screen")
        #expect(broke.lines.first?.en.contains("too low") == true, "\(broke.lines)")

        let topUp = await daemon.kiosk(["credit", "topup", "BZ-001", "5,00"])
        #expect(topUp.exit == 0, "\(topUp.stderr)")
        let coffee = try await use("Koffieochtend", on: daemon)
        #expect(coffee.confirm.lines.contains { $0.en == "Your credit afterwards: € 4.00" })
        #expect(coffee.done.headline.en == "All set!")

        let doctor = try await use("Rit naar de huisarts", on: daemon)
        #expect(doctor.confirm.lines.contains { $0.en.contains("monthly invoice") })
        #expect(doctor.done.kind == .done)

        try await Task.sleep(for: .seconds(1.1))
        let choice = try await daemon.tapAndWait("E3086CED")
        #expect(choice.options.first?.label.en.hasPrefix("Back from") == true)
        _ = try await daemon.press("0")
        let lamp = try await use("Lamp vervangen", on: daemon)
        #expect(lamp.confirm.headline.en == "free")

        let timeline = try await daemon.json(ResidentTimelineView.self, ["residents", "timeline", "BZ-001"])
        #expect(timeline.creditCents == 400)
        #expect(timeline.entries.count >= 4)

        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let report = await daemon.kiosk(["report", "month", month, "--json"])
        #expect(report.exit == 0, "\(report.stderr)")
        #expect(report.stdout.contains("koffie") && report.stdout.contains("huisarts") && report.stdout.contains("lamp"))
        let csv = await daemon.kiosk(["report", "month", month, "--csv"])
        #expect(csv.exit == 0)
        #expect(csv.stdout.contains("credit"))
    }

    @Test func pricesAreGuarded() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        try await daemon.loginAsStaff()
        let fraction = await daemon.kiosk(["services", "add", "x", "--kind", "ride", "--name", "X", "--price", "1,505", "--payment", "pin"])
        #expect(fraction.exit == 65)
        #expect(fraction.stderr.contains("fraction of a cent"))
        let typo = await daemon.kiosk(["services", "add", "x", "--kind", "ride", "--name", "X", "--price", "150", "--payment", "pin"])
        #expect(typo.exit == 65)
        #expect(typo.stderr.contains("maximum"))
        #expect(try await daemon.json([HubAPI.Service].self, ["services", "list"]).isEmpty, "nothing stored")
    }
}
