import Foundation
import Testing
@testable import Inventory

@Suite("Stock expiry and reports")
struct StockReportTests {
    typealias Hub = TestHub

    @Test func expiringBatchesAreListedEarliestFirstWithWhatIsLeft() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna", reference: "R1")
        try await hub.book(.receive, [
            StockLine(gtin: Hub.gauzeGTIN, batch: "L2", expiry: LocalDay("2027-01-10"), quantity: 5),
            StockLine(gtin: Hub.gauzeGTIN, batch: "L1", expiry: LocalDay("2026-12-10"), quantity: 5),
            StockLine(gtin: Hub.padsGTIN, batch: "P1", expiry: LocalDay("2026-12-01"), quantity: 2),
            StockLine(gtin: Hub.gauzeGTIN, batch: "L3", expiry: LocalDay("2028-01-01"), quantity: 5),
        ])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [StockLine(gtin: Hub.gauzeGTIN, quantity: 3)])
        let soon = try await hub.stock.expiring(withinDays: 60)
        #expect(soon.map(\.batch) == ["P1", "L1", "L2"])
        #expect(soon.map(\.quantity) == [2, 2, 5], "issues without a batch take the earliest expiry first")
        #expect(try await hub.stock.expiring(withinDays: 10).map(\.batch) == ["P1"])
    }

    @Test func monthFiguresCountMovementsAndVanDays() async throws {
        let hub = try TestHub(start: "2026-11-02T09:00:00Z")
        let catalogue = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna", reference: "R1")
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), StockLine(gtin: Hub.gauzeGTIN, quantity: 10)])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, "R-1"), StockLine(gtin: Hub.gauzeGTIN, quantity: 4)])
        hub.advanceDays(3)
        try await hub.book(.return, [Hub.unit(Hub.rollatorGTIN, "R-1")])
        try await hub.book(.writeOff(reason: "wet"), [StockLine(gtin: Hub.gauzeGTIN, quantity: 2)])
        hub.advanceDays(30)
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 10)])

        let figures = try await hub.stock.monthFigures(YearMonth("2026-11")!)
        #expect(figures.daysWithMovements == 2)
        #expect(figures.vanKilometresSaved == 200)
        #expect(figures.kilogramsCO2Saved == 73.2)
        let rollator = try #require(figures.lines.first { $0.articleId == catalogue.rollator.id })
        #expect((rollator.received, rollator.issued, rollator.returned, rollator.writtenOff) == (1, 1, 1, 0))
        let gauze = try #require(figures.lines.first { $0.articleId == catalogue.gauze.id })
        #expect((gauze.received, gauze.issued, gauze.returned, gauze.writtenOff) == (10, 4, 0, 2))
        #expect(try await hub.stock.monthFigures(YearMonth("2026-12")!).daysWithMovements == 1)
    }

    @Test func theStatementListsTheMonthsMovementsPerArticleWithSerials() async throws {
        let hub = try TestHub(start: "2026-11-02T09:00:00Z")
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, batch: "L1", expiry: LocalDay("2027-03-01"), quantity: 10), Hub.unit(Hub.rollatorGTIN, "R-1")])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        try await hub.book(.writeOff(reason: "torn, wet"), [StockLine(gtin: Hub.gauzeGTIN, quantity: 1)])
        hub.advanceDays(30)
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 1)])

        let csv = try await hub.stock.statementCSV(YearMonth("2026-11")!)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines == [
            "article_number,article_name,date,movement,quantity,serial,batch,expiry,note,booked_by",
            "VG-100,Rollator,2026-11-02,received,1,R-1,,,,Anna",
            "VG-100,Rollator,2026-11-02,issued,1,R-1,,,,Anna",
            "VG-200,Gauze,2026-11-02,received,10,,L1,2027-03-01,,Anna",
            "VG-200,Gauze,2026-11-02,written-off,1,,,,\"torn, wet\",Anna",
        ])
        #expect(!csv.contains("Vries"), "Vegro's statement names no residents")
    }
}

extension StockReportTests {
    @Test func theMonthReportCarriesTheAidsSection() async throws {
        let hub = try TestHub(start: "2026-11-02T09:00:00Z")
        _ = try await hub.addCatalogue()
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), StockLine(gtin: Hub.gauzeGTIN, quantity: 10)])
        let report = try await hub.monthReports.month(try #require(YearMonth("2026-11")))
        #expect(report.aids.map(\.received).sorted() == [1, 10])
        #expect(report.van.vegroDays == 0, "a receipt from Vegro's van brings nothing to a resident: no trip saved")
    }
}
