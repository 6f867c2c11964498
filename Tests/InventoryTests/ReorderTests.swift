import Foundation
import Testing
@testable import Inventory

@Suite("Stock replenishment and the van")
struct ReorderTests {
    typealias Hub = TestHub

    @Test func articlesBelowMinimumAreOrderedUpToTarget() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), StockLine(gtin: Hub.gauzeGTIN, quantity: 12), Hub.unit(Hub.chairGTIN, "C-1")])
        var list = try await hub.stock.reorderList()
        #expect(list.map(\.articleNumber) == ["VG-100"])
        #expect(list.first?.inStock == 1)
        #expect(list.first?.quantity == 3)
        let anna = try await hub.addResident("Anna", reference: "R1")
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [StockLine(gtin: Hub.gauzeGTIN, quantity: 3)])
        list = try await hub.stock.reorderList()
        #expect(list.map(\.articleNumber) == ["VG-100", "VG-200"])
        #expect(list.last?.quantity == 21)
    }

    @Test func anOrderSlipIsStoredWithTextAndCSV() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let slip = try await hub.stock.createOrderSlip(by: Hub.concierge)
        #expect(slip.lines.map(\.quantity) == [4, 30, 2])
        #expect(try await hub.stock.lastOrderSlip() == slip)
        let text = hub.stock.orderSlipText(slip)
        #expect(text.contains("4 x VG-100 Rollator"))
        #expect(text.contains("30 x VG-200 Gauze"))
        let csv = try hub.stock.orderSlipCSV(slip)
        #expect(csv.hasPrefix("article_number,article_name,in_stock,minimum,target,quantity"))
        #expect(csv.contains("VG-400,Shower chair,0,1,2,2"))
        #expect(try await hub.auditActions().last == "stock.order-slip.create")
    }

    @Test func nothingToOrderIsSaid() async throws {
        let hub = try TestHub()
        await expectRefusal(.conflict, "nothing to order") { _ = try await hub.stock.createOrderSlip(by: Hub.concierge) }
    }

    @Test func theVanIsComparedBeforeBookingAndTheReceiptMarksTheSlip() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        try await hub.book(.receive, [Hub.unit(Hub.chairGTIN, "C-1"), Hub.unit(Hub.chairGTIN, "C-2")])
        let slip = try await hub.stock.createOrderSlip(by: Hub.concierge)
        #expect(slip.lines.map(\.articleNumber) == ["VG-100", "VG-200"])
        let delivery = [
            Hub.unit(Hub.rollatorGTIN, "R-1"), Hub.unit(Hub.rollatorGTIN, "R-2"),
            StockLine(gtin: Hub.gauzeGTIN, quantity: 35),
            Hub.unit(Hub.chairGTIN, "C-3"), StockLine(gtin: Hub.padsGTIN, quantity: 2),
        ]
        let comparison = try await hub.stock.compareWithLastOrderSlip(delivery)
        #expect(comparison.orderSlipId == slip.slip.id)
        #expect(comparison.missing.map(\.articleNumber) == ["VG-100"])
        #expect(comparison.missing.first?.scanned == 2)
        #expect(comparison.extra.map(\.articleNumber) == ["VG-200"])
        #expect(comparison.unexpected.map(\.articleNumber) == ["VG-300", "VG-400"])
        #expect(!comparison.matches)
        #expect(try hub.rowCount("movement") == 2, "comparing books nothing")
        let known = try await hub.stock.compareWithLastOrderSlip([Hub.unit(Hub.rollatorGTIN, "R-1"), Hub.unit(Hub.rollatorGTIN, "C-1")])
        #expect(known.unexpected.first?.unexpectedSerials == ["C-1"])
        let booked = try await hub.book(.receive, delivery)
        #expect(booked.orderSlipId == slip.slip.id)
        #expect(booked.movements.allSatisfy { $0.orderSlipId == slip.slip.id })
        #expect(try await hub.stock.lastOrderSlip()?.slip.receivedAt != nil)
    }
}
