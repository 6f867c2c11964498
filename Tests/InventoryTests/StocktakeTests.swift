import Foundation
import Testing
@testable import Inventory

@Suite("Stocktake")
struct StocktakeTests {
    typealias Hub = TestHub

    @Test func differencesNameMissingAndUnexpectedSerialsAndWrongCounts() async throws {
        let hub = try TestHub()
        let catalogue = try await hub.addCatalogue()
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), Hub.unit(Hub.rollatorGTIN, "R-2"),
                                      StockLine(gtin: Hub.gauzeGTIN, quantity: 20), Hub.unit(Hub.chairGTIN, "C-1")])
        let counted = [Hub.unit(Hub.rollatorGTIN, "R-1"), Hub.unit(Hub.rollatorGTIN, "R-9"),
                       StockLine(gtin: Hub.gauzeGTIN, quantity: 15), StockLine(gtin: Hub.gauzeGTIN, quantity: 3), Hub.unit(Hub.chairGTIN, "C-1")]
        let differences = try await hub.stock.stocktakeDifferences(counted: counted)
        #expect(differences.map(\.articleNumber) == ["VG-100", "VG-200", "VG-400"])
        let rollator = try #require(differences.first)
        #expect(rollator.expected == 2)
        #expect(rollator.counted == 2)
        #expect(rollator.missingSerials == ["R-2"])
        #expect(rollator.unexpectedSerials == ["R-9"])
        #expect(!rollator.wrongCount)
        #expect(differences[1].expected == 20)
        #expect(differences[1].counted == 18)
        #expect(differences[1].wrongCount)
        #expect(differences[2].matches)

        let movements = try await hub.stock.applyStocktake(differences, by: Hub.concierge, device: "desk")
        #expect(movements.count == 3)
        #expect(movements.allSatisfy { $0.kind == .adjusted })
        #expect(movements.first { $0.serial == "R-2" }?.reason == "stocktake: missing")
        #expect(movements.first { $0.serial == "R-9" }?.reason == "stocktake: found")
        #expect(try await hub.stock.unit(serial: "R-2")?.state == .writtenOff)
        #expect(try await hub.stock.unit(serial: "R-9")?.state == .inStock)
        #expect(try await hub.stock.level(articleId: catalogue.rollator.id ?? 0) == 2)
        #expect(try await hub.stock.level(articleId: catalogue.gauze.id ?? 0) == 18)
        #expect(try await hub.auditActions().last == "stock.stocktake")
        #expect(try await hub.stock.stocktakeDifferences(counted: counted).allSatisfy(\.matches))
    }

    @Test func anEmptyShelfIsADifferenceToo() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 5)])
        let differences = try await hub.stock.stocktakeDifferences(counted: [])
        #expect(differences.map(\.counted) == [0])
        #expect(differences.map(\.expected) == [5])
    }

    @Test func aStaleCountIsNotApplied() async throws {
        let hub = try TestHub()
        let catalogue = try await hub.addCatalogue()
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 5)])
        let differences = try await hub.stock.stocktakeDifferences(counted: [StockLine(gtin: Hub.gauzeGTIN, quantity: 4)])
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 5)])
        await expectRefusal(.conflict, "changed since the count") {
            _ = try await hub.stock.applyStocktake(differences, by: Hub.concierge, device: nil)
        }
        #expect(try await hub.stock.level(articleId: catalogue.gauze.id ?? 0) == 10)
    }

    @Test func aCountedLoanUnitNeedsItsSerialAndTheRightArticle() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        try await hub.book(.receive, [Hub.unit(Hub.chairGTIN, "C-1")])
        await expectRefusal(.invalidInput, "counted by serial") {
            _ = try await hub.stock.stocktakeDifferences(counted: [StockLine(gtin: Hub.rollatorGTIN)])
        }
        await expectRefusal(.conflict, "belongs to VG-400 Shower chair") {
            _ = try await hub.stock.stocktakeDifferences(counted: [Hub.unit(Hub.rollatorGTIN, "C-1")])
        }
    }
}
