import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite("Stock ledger and bookings")
struct StockLedgerTests {
    typealias Hub = TestHub

    @Test func levelsFollowAMixOfMovements() async throws {
        let hub = try TestHub()
        let catalogue = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), Hub.unit(Hub.rollatorGTIN, "R-2"), Hub.unit(Hub.rollatorGTIN, "R-3"),
                                      StockLine(gtin: Hub.gauzeGTIN, quantity: 40), StockLine(gtin: Hub.padsGTIN, quantity: 12)])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, "R-1"), StockLine(gtin: Hub.gauzeGTIN, quantity: 5)])
        try await hub.book(.writeOff(reason: "damaged"), [StockLine(gtin: Hub.gauzeGTIN, quantity: 3)])
        try await hub.book(.sendBack, [Hub.unit(Hub.rollatorGTIN, "R-3")])
        #expect(try await hub.stock.level(articleId: catalogue.rollator.id ?? 0) == 1)
        #expect(try await hub.stock.level(articleId: catalogue.gauze.id ?? 0) == 32)
        #expect(try await hub.stock.level(articleId: catalogue.pads.id ?? 0) == 12)
        try await hub.book(.return, [Hub.unit(Hub.rollatorGTIN, "R-1")])
        #expect(try await hub.stock.level(articleId: catalogue.rollator.id ?? 0) == 1, "a returned unit is not on the shelf until cleaned")
        try await hub.stock.startCleaning(serial: "R-1", by: Hub.concierge)
        try await hub.book(.cleaned(inspector: "Bram"), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        #expect(try await hub.stock.level(articleId: catalogue.rollator.id ?? 0) == 2)
        #expect(try await hub.stock.unit(serial: "R-1")?.state == .inStock)
        let sums = try await hub.database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(delta) FROM movement WHERE article_id = ?", arguments: [catalogue.rollator.id])
        }
        #expect(sums == 2, "the cached level is the ledger sum")
        let list = try await hub.articles.list()
        #expect(list.map(\.inStock) == [2, 32, 12, 0])
    }

    @Test func theLedgerRefusesUpdateAndDelete() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 4)])
        #expect(throws: DatabaseError.self) {
            try hub.database.pool.write { db in try db.execute(sql: "UPDATE movement SET quantity = 400") }
        }
        #expect(throws: DatabaseError.self) {
            try hub.database.pool.write { db in try db.execute(sql: "DELETE FROM movement") }
        }
        #expect(throws: DatabaseError.self) {
            try hub.database.pool.write { db in try db.execute(sql: "UPDATE movement SET resident_id = 1") }
        }
        #expect(try hub.rowCount("movement") == 1)
    }

    @Test func aBatchIsOneTransactionWithOneAuditRow() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let before = try await hub.auditActions().count
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), StockLine(gtin: Hub.gauzeGTIN, quantity: 10)])
        let actions = try await hub.auditActions()
        #expect(actions.count == before + 1)
        #expect(actions.last == "stock.received")
        await expectRefusal(.conflict, "already on the shelf") {
            try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 10), Hub.unit(Hub.rollatorGTIN, "R-1")])
        }
        #expect(try hub.rowCount("movement") == 2, "nothing of the refused batch was written")
        #expect(try await hub.auditActions().count == before + 1)
    }

    @Test func quantitiesOutsideOneTo9999AreRefused() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        for quantity in [0, 10_000, -1] {
            await expectRefusal(.invalidInput, "quantity \(quantity) is not possible") {
                try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: quantity)])
            }
        }
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 9_999)])
        #expect(try hub.rowCount("movement") == 1)
    }

    @Test func aSerialTwiceInOneBatchIsRefused() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        await expectRefusal(.invalidInput, "serial R-1 was scanned twice") {
            try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1"), Hub.unit(Hub.rollatorGTIN, "R-2"), Hub.unit(Hub.rollatorGTIN, " R-1")])
        }
        #expect(try hub.rowCount("movement") == 0)
    }

    @Test func loanArticlesNeedASerialAndQuantityOne() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        await expectRefusal(.invalidInput, "needs a serial") { try await hub.book(.receive, [StockLine(gtin: Hub.rollatorGTIN)]) }
        await expectRefusal(.invalidInput, "quantity is 1") {
            try await hub.book(.receive, [StockLine(gtin: Hub.rollatorGTIN, serial: "R-1", quantity: 2)])
        }
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 3)])
    }

    @Test func anUnknownOrBadGTINIsRefusedWithWhatToDo() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        await expectRefusal(.notFound, "new article? add it with `kiosk stock articles add`") {
            try await hub.book(.receive, [StockLine(gtin: Hub.unknownGTIN, quantity: 1)])
        }
        await expectRefusal(.invalidInput, "wrong check digit") {
            try await hub.book(.receive, [StockLine(gtin: "8712345000012", quantity: 1)])
        }
    }

    @Test func aSerialOfAnotherArticleIsRefusedNamingTheRightOne() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "S-1")])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, "S-1")])
        await expectRefusal(.conflict, "serial S-1 belongs to VG-100 Rollator, not to Shower chair") {
            try await hub.book(.return, [Hub.unit(Hub.chairGTIN, "S-1")])
        }
        await expectRefusal(.notFound, "was not issued from this hub") {
            try await hub.book(.return, [Hub.unit(Hub.chairGTIN, "X-9")])
        }
        #expect(try await hub.stock.unit(serial: "S-1")?.state == .atResident)
    }

    @Test func aPastExpiryIsAcceptedWithAWarning() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let result = try await hub.book(.receive, [
            StockLine(gtin: Hub.gauzeGTIN, batch: "L1", expiry: LocalDay("2026-01-31"), quantity: 5),
            StockLine(gtin: Hub.gauzeGTIN, batch: "L2", expiry: LocalDay("2027-01-31"), quantity: 5),
        ])
        #expect(result.movements.count == 2)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.en.contains("batch L1 expired on 2026-01-31") == true)
    }

    @Test func hygieneArticlesNeverComeBack() async throws {
        let hub = try TestHub()
        let catalogue = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [StockLine(gtin: Hub.padsGTIN, quantity: 6)])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [StockLine(gtin: Hub.padsGTIN, quantity: 2)])
        await expectRefusal(.refused, "hygiene article and never goes back into stock") {
            try await hub.book(.return, [StockLine(gtin: Hub.padsGTIN, quantity: 1)])
        }
        #expect(try await hub.stock.level(articleId: catalogue.pads.id ?? 0) == 4)
    }

    @Test func issuingMoreThanTheShelfHoldsIsRefused() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [StockLine(gtin: Hub.gauzeGTIN, quantity: 3)])
        await expectRefusal(.conflict, "the stock shows 3 of Gauze, not 4") {
            try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [StockLine(gtin: Hub.gauzeGTIN, quantity: 4)])
        }
        await expectRefusal(.notFound, "no resident") {
            try await hub.book(.issue(residentId: 999, parcelId: nil), [StockLine(gtin: Hub.gauzeGTIN, quantity: 1)])
        }
    }

    @Test func issuingOnARoundTiesTheUnitToTheParcel() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        let parcel = try hub.insertParcel("VG00000001", supplier: "vegro", resident: anna, at: hub.clock.now)
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1")])
        let result = try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: parcel.id), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        #expect(result.movements.first?.parcelId == parcel.id)
        #expect(result.movements.first?.residentId == anna.id)
        #expect(result.loans.first?.dueOn == LocalDay("2027-02-22"), "13 weeks after 2026-11-23")
        #expect(try await hub.stock.unit(serial: "R-1")?.state == .issued)
        await expectRefusal(.notFound, "no parcel 999") {
            try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: 999), [StockLine(gtin: Hub.gauzeGTIN, quantity: 1)])
        }
    }

    @Test func cleaningIsAnExplicitAuditedStepWithoutMovement() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        let anna = try await hub.addResident("Anna de Vries", reference: "R1")
        try await hub.book(.receive, [Hub.unit(Hub.rollatorGTIN, "R-1")])
        try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        try await hub.book(.return, [Hub.unit(Hub.rollatorGTIN, "R-1")])
        await expectRefusal(.conflict, "start the cleaning first") {
            try await hub.book(.cleaned(inspector: "Bram"), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        }
        let movements = try hub.rowCount("movement")
        try await hub.stock.startCleaning(serial: "R-1", by: Hub.concierge)
        #expect(try hub.rowCount("movement") == movements)
        #expect(try await hub.auditActions().last == "stock.cleaning.start")
        await expectRefusal(.conflict, "rollator R-1 is in cleaning — sign off the cleaning first") {
            try await hub.book(.issue(residentId: anna.id ?? 0, parcelId: nil), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        }
        await expectRefusal(.invalidInput, "inspector") {
            try await hub.book(.cleaned(inspector: " "), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        }
        let signed = try await hub.book(.cleaned(inspector: "Bram"), [Hub.unit(Hub.rollatorGTIN, "R-1")])
        #expect(signed.movements.first?.inspector == "Bram")
        await expectRefusal(.notFound, "never received") { try await hub.stock.startCleaning(serial: "nope", by: Hub.concierge) }
    }
}
