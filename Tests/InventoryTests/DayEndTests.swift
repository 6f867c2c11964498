import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct DayEndTests {
    @Test func nothingClosesBeforeTheDayEnd() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let use = try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-23T21:59:00Z"))
        #expect(try await hub.serviceUses.closeRidesPastDayEnd().isEmpty)
        #expect(try hub.storedUse(use.id)?.isOpen == true)
        #expect(try await hub.auditActions() == ["service.add"])
    }

    @Test func openRidesCloseAtTheDayEndAndQueueForReview() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        let markt = try await hub.addService("markt")
        let lamp = try await hub.addService("lamp", kind: .chore, price: "0", payment: .free)
        let open = try await hub.use(jan, markt)
        try await hub.use(ria, markt)
        _ = try await hub.serviceUses.checkOut(residentID: ria.id ?? 0, passID: nil, device: nil)
        let chore = try await hub.use(jan, lamp)
        hub.clock.setNow(TestHub.instant("2026-11-23T22:05:00Z"))
        let closed = try await hub.serviceUses.closeRidesPastDayEnd()
        #expect(closed.map(\.id) == [open.id])
        let stored = try #require(try hub.storedUse(open.id))
        #expect(stored.endedAt == TestHub.instant("2026-11-23T22:00:00Z"))
        #expect(stored.endReason == .auto)
        #expect(stored.reviewState == .pending)
        #expect(try hub.storedUse(chore.id)?.endReason == nil)
        let audit = try await hub.auditEntries().filter { $0.action == "ride.auto-close" }
        #expect(audit.count == 1)
        #expect(audit.first?.staffName == "hub")
        #expect(audit.first?.staffId == nil)
        #expect(audit.first?.residentId == jan.id)
        #expect(audit.first?.subject == "use \(open.id ?? 0)")
        #expect(try await hub.serviceUses.closeRidesPastDayEnd().isEmpty)
        #expect(try await hub.auditEntries().filter { $0.action == "ride.auto-close" }.count == 1)
    }

    @Test func aRideFromYesterdayClosesAtYesterdaysDayEnd() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let open = try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-24T08:00:00Z"))
        let closed = try await hub.serviceUses.closeRidesPastDayEnd()
        #expect(closed.first?.id == open.id)
        #expect(closed.first?.endedAt == TestHub.instant("2026-11-23T22:00:00Z"))
    }

    @Test func aRideStartedAfterTheDayEndRunsUntilTheNextOne() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        hub.clock.setNow(TestHub.instant("2026-11-23T22:30:00Z"))
        let late = try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-23T23:00:00Z"))
        #expect(try await hub.serviceUses.closeRidesPastDayEnd().isEmpty)
        hub.clock.setNow(TestHub.instant("2026-11-24T22:00:00Z"))
        let closed = try await hub.serviceUses.closeRidesPastDayEnd()
        #expect(closed.first?.id == late.id)
        #expect(closed.first?.endedAt == TestHub.instant("2026-11-24T22:00:00Z"))
    }

    @Test func aMissedTimerDoesNotBlockTheNextCheckIn() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let yesterday = try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-24T09:00:00Z"))
        let error = await inventoryError { _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil) }
        #expect(error?.code == .notFound)
        let stale = try #require(try hub.storedUse(yesterday.id))
        #expect(stale.endReason == .auto)
        #expect(stale.endedAt == TestHub.instant("2026-11-23T22:00:00Z"))
        let today = try await hub.use(jan, markt)
        #expect(today.isOpen)
        #expect(try await hub.serviceUses.openRide(residentID: jan.id ?? 0)?.use.id == today.id)
    }

    @Test func aStaleRideIsClosedBeforeANewCheckIn() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let yesterday = try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-24T09:00:00Z"))
        let today = try await hub.use(jan, markt)
        #expect(today.isOpen)
        #expect(try hub.storedUse(yesterday.id)?.reviewState == .pending)
    }

    @Test func nextDayEndIsLaterTodayOrTomorrow() throws {
        let hub = try TestHub()
        let uses = hub.serviceUses
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-11-23T07:42:00Z")) == TestHub.instant("2026-11-23T22:00:00Z"))
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-11-23T22:00:00Z")) == TestHub.instant("2026-11-24T22:00:00Z"))
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-11-23T22:30:00Z")) == TestHub.instant("2026-11-24T22:00:00Z"))
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-12-31T23:00:00Z")) == TestHub.instant("2027-01-01T22:00:00Z"))
    }

    @Test func nextDayEndFollowsTheHubsTimeZoneAcrossDaylightSaving() throws {
        let hub = try TestHub()
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let uses = ServiceUseStore(
            database: hub.database, calendar: HubCalendar(timeZone: amsterdam, now: { hub.clock.now }),
            rules: KioskRules(dayEndHour: 18, dayEndMinute: 30)
        )
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-11-23T12:00:00Z")) == TestHub.instant("2026-11-23T17:30:00Z"))
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-03-28T18:00:00Z")) == TestHub.instant("2026-03-29T16:30:00Z"))
        #expect(uses.nextDayEnd(after: TestHub.instant("2026-11-23T23:30:00Z")) == TestHub.instant("2026-11-24T17:30:00Z"))
    }

    @Test func reviewsAreListedOldestFirstAndResolvedOnce() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        let markt = try await hub.addService("markt")
        let first = try await hub.use(jan, markt)
        hub.clock.advance(hours: 1)
        let second = try await hub.use(ria, markt)
        hub.clock.setNow(TestHub.instant("2026-11-23T23:00:00Z"))
        _ = try await hub.serviceUses.closeRidesPastDayEnd()
        let queue = try await hub.serviceUses.reviewQueue(by: TestHub.anna)
        #expect(queue.map(\.use.id) == [first.id, second.id])
        #expect(queue.map(\.residentName) == ["Jan de Vries", "Ria Jansen"])
        #expect(queue.first?.serviceCode == "markt")
        let resolved = try await hub.serviceUses.resolveReview(useID: first.id ?? 0, note: " belde: vergeten uit te checken ", by: TestHub.anna)
        #expect(resolved.use.reviewState == .resolved)
        #expect(resolved.use.reviewedBy == "Anna")
        #expect(resolved.use.reviewedAt == hub.clock.now)
        #expect(resolved.use.reviewNote == "belde: vergeten uit te checken")
        #expect(try await hub.serviceUses.reviewQueue(by: TestHub.anna).map(\.use.id) == [second.id])
        let again = await inventoryError { _ = try await hub.serviceUses.resolveReview(useID: first.id ?? 0, note: nil, by: TestHub.anna) }
        #expect(again?.code == .conflict)
        #expect(again?.text.nl.contains("Anna") == true)
        let missing = await inventoryError { _ = try await hub.serviceUses.resolveReview(useID: 999, note: nil, by: TestHub.anna) }
        #expect(missing?.code == .notFound)
        let actions = try await hub.auditEntries().filter { !["service.add", "ride.auto-close"].contains($0.action) }
        #expect(actions.map(\.action) == ["review.list", "review.resolve", "review.list"])
        #expect(actions[1].residentId == jan.id)
        #expect(actions[1].subject == "use \(first.id ?? 0)")
    }

    @Test func aTappedOutRideIsNotReviewable() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let use = try await hub.use(jan, markt)
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        let error = await inventoryError { _ = try await hub.serviceUses.resolveReview(useID: use.id ?? 0, note: nil, by: TestHub.anna) }
        #expect(error?.code == .conflict)
        #expect(try await hub.auditActions() == ["service.add"])
    }

    @Test func ridesAreListedPerDayOrOpenOnly() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        let markt = try await hub.addService("markt")
        let lamp = try await hub.addService("lamp", kind: .chore, price: "0", payment: .free)
        let monday = try await hub.use(jan, markt)
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        try await hub.use(jan, lamp)
        hub.clock.setNow(TestHub.instant("2026-11-24T09:00:00Z"))
        let tuesdayJan = try await hub.use(jan, markt)
        hub.clock.advance(hours: 1)
        let tuesdayRia = try await hub.use(ria, markt)
        _ = try await hub.serviceUses.checkOut(residentID: ria.id ?? 0, passID: nil, device: nil)
        let uses = hub.serviceUses
        let tuesday = try #require(LocalDay("2026-11-24"))
        #expect(try await uses.rides(on: tuesday, openOnly: false, by: TestHub.anna).map(\.use.id) == [tuesdayJan.id, tuesdayRia.id])
        #expect(try await uses.rides(on: tuesday, openOnly: true, by: TestHub.anna).map(\.use.id) == [tuesdayJan.id])
        #expect(try await uses.rides(on: nil, openOnly: false, by: TestHub.anna).map(\.use.id) == [tuesdayRia.id, tuesdayJan.id, monday.id])
        let audit = try await hub.auditEntries().filter { $0.action == "rides.list" }
        #expect(audit.map(\.subject) == ["2026-11-24", "2026-11-24 open", "all"])
    }
}
