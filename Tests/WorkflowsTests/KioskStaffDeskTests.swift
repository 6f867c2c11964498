import Foundation
import Inventory
import Testing
@testable import Workflows

/// Staff mode at the console: intake assignment and the ride review queue.
@Suite struct KioskStaffDeskTests {
    func staffMenu(_ kiosk: KioskFixture) async throws -> ConsoleScreen {
        _ = await kiosk.session.tap(kiosk.digest([9, 9, 9, 9]), device: "pass-reader")
        return try await kiosk.session.enter("2468", session: await kiosk.session.current().session)
    }

    @Test func aParcelScannedAtIntakeIsAssignedAtTheConsole() async throws {
        let kiosk = try KioskFixture()
        try await kiosk.populate()
        _ = try await kiosk.stores.parcels.receive(ParcelScan(barcode: "VG12345678", device: "intake-scanner", receivedAt: Date(), receivedBy: "Anna"))
        let menu = try await staffMenu(kiosk)
        let scan = try await kiosk.session.press("3", session: menu.session)
        #expect(scan.headline.en == "Scan the parcel")
        await kiosk.session.scanned("VG12345678")
        let who = await kiosk.session.current()
        #expect(who.entry == .number)
        #expect(who.lines.first?.en == "Parcel VG12345678: for which resident?")
        let wrong = try await kiosk.session.enter("99", session: who.session)
        #expect(wrong.tone == .attention, "an unknown resident number is explained and can be retyped")
        let done = try await kiosk.session.enter("1", session: wrong.session)
        #expect(done.kind == .staff)
        #expect(done.lines.contains { $0.en == "Parcel VG12345678 assigned to Marie J." })
    }

    @Test func autoClosedRidesAreReviewedAtTheConsole() async throws {
        let kiosk = try KioskFixture(rules: KioskRules(doubleTapSeconds: 10, dayEndHour: 22, dayEndMinute: 0, idleSeconds: 20))
        try await kiosk.populate()
        _ = try await kiosk.stores.uses.register(residentID: 1, serviceID: 1, passID: 1, device: "pass-reader")
        kiosk.advance(seconds: 14 * 3600)
        #expect(try await kiosk.stores.uses.closeRidesPastDayEnd().count == 1)
        let menu = try await staffMenu(kiosk)
        #expect(menu.options.contains { $0.label.en == "Ride review queue (1)" })
        let review = try await kiosk.session.press("2", session: menu.session)
        #expect(review.headline.en == "Review 1/1")
        #expect(review.lines.first?.en == "Marie J. (BZ-001) — Rit naar de markt")
        let after = try await kiosk.session.press("1", session: review.session)
        #expect(after.lines.contains { $0.en == "No rides to review" })
        #expect(try await kiosk.stores.uses.reviewQueue(by: kiosk.anna).isEmpty)
    }

    @Test func staffModeLapsesAfterTheIdleMinutes() async throws {
        let kiosk = try KioskFixture(rules: KioskRules(idleSeconds: 20, staffIdleSeconds: 300))
        try await kiosk.populate()
        let menu = try await staffMenu(kiosk)
        kiosk.advance(seconds: 301)
        await #expect(throws: KioskRefusal.stale) { try await kiosk.session.press("1", session: menu.session) }
        #expect(await kiosk.session.current().kind == .idle)
    }
}
