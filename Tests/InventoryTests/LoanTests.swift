import Foundation
import Testing
@testable import Inventory

@Suite("Stock loans")
struct LoanTests {
    typealias Hub = TestHub

    private func lent(_ hub: TestHub, serial: String = "R-1") async throws -> Resident {
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, serial)])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, serial)])
        return anna
    }

    @Test func aLoanListsResidentSerialArticleAndDates() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        let loans = try await hub.stock.loans()
        #expect(loans.count == 1)
        let view = try #require(loans.first)
        #expect(view.residentName == "Anna de Vries")
        #expect(view.residentReference == "R1")
        #expect(view.loan.serial == "R-1")
        #expect(view.articleNumber == "VG-100")
        #expect(view.loan.issuedOn == LocalDay("2026-11-23"))
        #expect(view.loan.dueOn == LocalDay("2027-02-22"))
        #expect(view.loan.extendedOn == nil)
        #expect(!view.overdue)
    }

    @Test func dueWithinAndOverdueFollowTheClock() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        #expect(try await hub.stock.loans(dueWithin: 7).isEmpty)
        hub.advanceDays(85)
        #expect(try await hub.stock.loans(dueWithin: 7).count == 1)
        #expect(try await hub.stock.loans(overdueOnly: true).isEmpty)
        hub.advanceDays(7)
        let overdue = try await hub.stock.loans(overdueOnly: true)
        #expect(overdue.count == 1)
        #expect(overdue.first?.overdue == true)
    }

    @Test func aReturnClosesTheLoan() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        let result = try await hub.book(.return, [Hub.unit(Hub.rollatorGTIN, "R-1")])
        #expect(result.movements.first?.loanId != nil)
        #expect(try await hub.stock.loans().isEmpty)
        #expect(try await hub.stock.unit(serial: "R-1")?.state == .returned)
    }

    @Test func extendingUpToTheMaximumNeedsOnlyVegrosAgreement() async throws {
        let hub = try TestHub()
        let anna = try await lent(hub)
        let loan = try await hub.stock.extend(serial: "R-1", .weeks(13), agreedBy: "Vegro, Karin", overrideReason: nil, by: Hub.concierge)
        #expect(loan.dueOn == LocalDay("2027-05-24"))
        #expect(loan.agreedBy == "Vegro, Karin")
        #expect(loan.extendedOn == LocalDay("2026-11-23"))
        let entry = try await hub.auditEntries().last
        #expect(entry?.action == "stock.loan.extend")
        #expect(entry?.residentId == anna.id)
    }

    @Test func beyondTheMaximumOnlyWithAnOverrideReason() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        await expectRefusal(.refused, "longer only with a reason") {
            try await hub.stock.extend(serial: "R-1", .weeks(14), agreedBy: "Karin", overrideReason: nil, by: Hub.concierge)
        }
        await expectRefusal(.refused, "until 2027-05-24 (26 weeks)") {
            try await hub.stock.extend(serial: "R-1", .until(LocalDay("2027-06-01")!), agreedBy: "Karin", overrideReason: " ", by: Hub.concierge)
        }
        let loan = try await hub.stock.extend(
            serial: "R-1", .until(LocalDay("2027-06-01")!), agreedBy: "Karin", overrideReason: "waiting for own rollator", by: Hub.concierge
        )
        #expect(loan.overrideReason == "waiting for own rollator")
        #expect(loan.dueOn == LocalDay("2027-06-01"))
    }

    @Test func extendingNeedsAnOpenLoanAndAName() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        await expectRefusal(.notFound, "no open loan for X-1") {
            try await hub.stock.extend(serial: "X-1", .weeks(1), agreedBy: "Karin", overrideReason: nil, by: Hub.concierge)
        }
        await expectRefusal(.invalidInput, "who at Vegro agreed") {
            try await hub.stock.extend(serial: "R-1", .weeks(1), agreedBy: "", overrideReason: nil, by: Hub.concierge)
        }
        await expectRefusal(.invalidInput, "not after the current due date") {
            try await hub.stock.extend(serial: "R-1", .until(LocalDay("2027-01-01")!), agreedBy: "Karin", overrideReason: nil, by: Hub.concierge)
        }
    }

    @Test func remindersComeInWeek12And25() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        #expect(try await hub.stock.reminders(on: LocalDay("2027-02-14")!).isEmpty)
        let week12 = try await hub.stock.reminders(on: LocalDay("2027-02-15")!)
        #expect(week12.map(\.week) == [12])
        #expect(week12.first?.loan.loan.serial == "R-1")
        #expect(try await hub.stock.reminders(on: LocalDay("2027-02-16")!).isEmpty)
        try await hub.stock.extend(serial: "R-1", .weeks(13), agreedBy: "Karin", overrideReason: nil, by: Hub.concierge)
        #expect(try await hub.stock.reminders(on: LocalDay("2027-05-17")!).map(\.week) == [25])
    }

    @Test func reminderWeeksAreConfigurable() async throws {
        let hub = try TestHub()
        _ = try await lent(hub)
        let store = StockStore(database: hub.database, calendar: hub.calendar, rules: StockRules(reminderWeeks: [2]))
        #expect(try await store.reminders(on: hub.calendar.today.adding(days: 14, in: hub.calendar)).map(\.week) == [2])
    }

    @Test func aLoanTermFollowsTheArticle() async throws {
        let hub = try TestHub()
        _ = try await hub.articles.add(
            ArticleFields(number: "VG-7", gtins: [Hub.unknownGTIN], name: "Commode", category: "", kind: .loan, loanWeeks: 4, maxLoanWeeks: 8),
            by: Hub.concierge
        )
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [Hub.unit(Hub.unknownGTIN, "C-1")])
        let result = try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.unknownGTIN, "C-1")])
        #expect(result.loans.first?.dueOn == LocalDay("2026-12-21"))
        await expectRefusal(.refused, "8 weeks") {
            try await hub.stock.extend(serial: "C-1", .weeks(5), agreedBy: "Karin", overrideReason: nil, by: Hub.concierge)
        }
    }
}
