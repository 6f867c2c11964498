import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// Loan reminders at week 12 and week 25, reached by restarting hubd with its clock moved on
/// (`BUURHUB_FAKE_NOW`), the way a hub lives through a quarter.
@Suite(.serialized) struct StockReminderTests {
    @Test func remindersSurfaceAtWeeks12And25() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.hub.addResident("BZ-001", name: "Marie Jansen")
        try await rig.receive([(StockRig.unit("R-0001"), nil)])
        try await rig.run(["stock", "desk", "start", "issue", "--resident", "BZ-001"])
        try await rig.scan(StockRig.unit("R-0001"))
        try await rig.run(["stock", "desk", "confirm"])
        let issued = Date()

        let week12 = try await Self.restart(rig, at: issued.addingTimeInterval(84 * 86_400 + 60))
        #expect(week12.stock?.reminders.map(\.week) == [12], "\(String(describing: week12.stock))")
        #expect(week12.stock?.reminders.first?.loan.loan.serial == "R-0001")
        let status = await rig.hub.kiosk(["status"])
        #expect(status.stdout.contains("R-0001"), "\(status.stdout)")
        let dueSoon = try await rig.hub.json([LoanView].self, ["stock", "loans", "--due-within", "14d"])
        #expect(dueSoon.map(\.loan.serial) == ["R-0001"], "due at week 13")
        #expect(try await rig.hub.json([LoanView].self, ["stock", "loans", "--overdue"]).isEmpty)
        let pin = try await rig.hub.tapAndWait("5A00C0DE")
        #expect(pin.kind == .pin)
        let menu = try await rig.hub.json(ConsoleScreen.self, ["simulate", "entry", "4321"])
        #expect(menu.lines.contains { $0.en.contains("R-0001 (week 12)") }, "the staff screen shows the reminder: \(menu.text())")
        _ = try await rig.hub.press("0")

        let week25 = try await Self.restart(rig, at: issued.addingTimeInterval(175 * 86_400 + 60))
        #expect(week25.stock?.reminders.map(\.week) == [25])
        #expect(week25.stock?.overdueLoans == 1)
        #expect(try await rig.hub.json([LoanView].self, ["stock", "loans", "--overdue"]).map(\.loan.serial) == ["R-0001"])
    }

    static func restart(_ rig: StockRig, at now: Date) async throws -> StatusResponse {
        await rig.hub.signal(SIGTERM)
        let stamp = ISO8601DateFormatter().string(from: now)
        try await rig.hub.start(environment: ["BUURHUB_FAKE_NOW": stamp], warmUp: false)
        #expect(rig.hub.log().contains("clock is overridden for testing"))
        try await rig.hub.reLogin()
        return try await rig.hub.status()
    }
}
