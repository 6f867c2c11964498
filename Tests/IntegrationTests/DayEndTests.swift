import Foundation
import GRDB
import HubAPI
import Inventory
import Testing

/// A ride still open at the day's end is closed by hubd, flagged, and queued for staff.
@Suite(.serialized) struct DayEndTests {
    @Test func openRideFromYesterdayIsClosedAtStartAndQueuedForReview() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addService("markt", kind: "ride", name: "Rit naar de markt", price: "1,50", payment: "invoice")
        try await daemon.enrol("BZ-001", uid: "E3086CED")
        try await daemon.tapAndWait("E3086CED")
        _ = try await daemon.press("1")
        _ = try await daemon.press("1")
        #expect(try await daemon.json([ServiceUseView].self, ["rides", "--open"]).count == 1)

        await daemon.signal(SIGTERM)
        try Self.moveRidesToYesterday(database: daemon.directory + "/data/hub.sqlite")
        try await daemon.start()
        try await waitUntil(seconds: 10, "the day-end close") { daemon.log().contains("closed and queued for review") }

        #expect(try await daemon.json([ServiceUseView].self, ["rides", "--open"]).isEmpty)
        let queue = try await daemon.json([ServiceUseView].self, ["reviews", "list"])
        let ride = try #require(queue.first)
        #expect(ride.use.endReason == .auto)
        #expect(ride.use.reviewState == .pending)
        #expect(ride.use.paymentState == .invoice, "no penalty: the price stays what it was")
        let resolve = await daemon.kiosk(["reviews", "resolve", String(ride.use.id ?? 0), "--note", "came back by taxi"])
        #expect(resolve.exit == 0, "\(resolve.stderr)")
        #expect(try await daemon.json([ServiceUseView].self, ["reviews", "list"]).isEmpty)
        let audit = try await daemon.json([AuditEntry].self, ["audit"])
        #expect(audit.contains { $0.action == "ride.auto-close" && $0.staffName == "hub" })
        #expect(audit.contains { $0.action == "review.resolve" && $0.staffName == "Anna" })
    }

    /// Stands in for a night passing while hubd was off.
    static func moveRidesToYesterday(database path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                UPDATE service_use SET started_at = datetime(started_at, '-1 day'),
                started_on = date(started_on, '-1 day') WHERE ended_at IS NULL
                """)
        }
    }
}
