import Foundation
import GRDB
import Testing
@testable import Inventory

/// Central's reference data applied at a hub (issue 17, point 5): a page at a time, all or
/// nothing, with the version it brings the hub to.
@Suite struct ReferenceStoreTests {
    static let bakker = Supplier(id: "bakker", name: "Bakker Bart", patterns: [try! SupplierPattern("^BB[0-9]{6}$")], rateCents: 175)
    static let markt = ServiceFields(code: "markt-vr", kind: .ride, name: "Rit naar de markt", destination: "Brink", price: "2,50", maxPrice: "10,00", payment: .pin)
    static let rollator = ArticleFields(
        number: "VG-1001", gtins: ["8712345678906"], name: "Rollator", category: "Mobiliteit", kind: .loan,
        minimumLevel: 1, targetLevel: 3
    )

    func store(_ hub: TestHub, _ directory: SupplierDirectory) -> ReferenceStore {
        ReferenceStore(database: hub.database, calendar: hub.calendar, kioskRules: TestHub.serviceRules, suppliers: directory)
    }

    @Test func aPageAppliesEveryKindMovesTheVersionAndIsAuditedOnce() async throws {
        let hub = try TestHub()
        let directory = SupplierDirectory(TestHub.suppliers)
        let store = store(hub, directory)
        #expect(try await store.version() == 0)
        let applied = try await store.apply([
            ReferenceChange(version: 3, item: .supplier(Self.bakker)),
            ReferenceChange(version: 4, item: .service(Self.markt, active: true)),
            ReferenceChange(version: 5, item: .article(Self.rollator)),
        ], through: 5)
        #expect(applied == ReferenceStore.Applied(version: 5, suppliers: 1, services: 1, articles: 1))
        #expect(try await store.version() == 5)
        #expect(directory.supplier(for: "BB123456")?.id == "bakker", "the running hub knows the new supplier at once")
        #expect(try await hub.serviceCatalog.service(code: "markt-vr").priceCents == 250)
        #expect(try await hub.articles.article(gtin: "8712345678906")?.number == "VG-1001")
        let rates = try await InvoiceStore(database: hub.database, calendar: hub.calendar, suppliers: directory).rates()
        let bakker = try #require(rates.first { $0.supplierId == "bakker" })
        #expect(bakker.rateCents == 175)
        #expect(bakker.source == .central)
        #expect(try await hub.auditEntries().map(\.action) == ["reference.apply"])
        #expect(try ReferenceStore.storedSuppliers(hub.database).suppliers == [Self.bakker], "the next start finds central's suppliers")
    }

    @Test func aChangedItemReplacesItsFieldsAndKeepsItsHistory() async throws {
        let hub = try TestHub()
        let store = store(hub, SupplierDirectory(TestHub.suppliers))
        try await store.apply([ReferenceChange(version: 1, item: .service(Self.markt, active: true))], through: 1)
        let first = try await hub.serviceCatalog.service(code: "markt-vr")
        var dearer = Self.markt
        dearer.price = "3,00"
        try await store.apply([ReferenceChange(version: 2, item: .service(dearer, active: false))], through: 2)
        let second = try await hub.serviceCatalog.service(code: "markt-vr")
        #expect(second.id == first.id)
        #expect(second.position == first.position)
        #expect(second.priceCents == 300)
        #expect(!second.active, "central retires a service with active = false")
        var renamed = Self.rollator
        renamed.name = "Rollator licht"
        renamed.gtins = ["8712345678913"]
        try await store.apply([ReferenceChange(version: 3, item: .article(Self.rollator)), ReferenceChange(version: 4, item: .article(renamed))], through: 4)
        let article = try #require(try await hub.articles.article(number: "VG-1001"))
        #expect(article.name == "Rollator licht")
        #expect(try await hub.articles.article(gtin: "8712345678906")?.id == article.id)
        #expect(try await hub.articles.article(gtin: "8712345678913")?.id == article.id)
    }

    @Test func oneRefusedItemRefusesTheWholePageAndKeepsTheVersion() async throws {
        let hub = try TestHub()
        let directory = SupplierDirectory(TestHub.suppliers)
        let store = store(hub, directory)
        var typo = Self.markt
        typo.price = "250"
        await #expect {
            try await store.apply([
                ReferenceChange(version: 1, item: .supplier(Self.bakker)),
                ReferenceChange(version: 2, item: .service(typo, active: true)),
            ], through: 2)
        } throws: { error in
            "\(error)".contains("central's service 'markt-vr'") && "\(error)".contains("250")
        }
        #expect(try await store.version() == 0)
        #expect(directory.supplier(id: "bakker") == nil)
        #expect(try ReferenceStore.storedSuppliers(hub.database).suppliers.isEmpty)
        #expect(try await hub.auditEntries().isEmpty)
    }

    @Test func aPageAlreadyAppliedChangesNothingAndARewindTakesItAgain() async throws {
        let hub = try TestHub()
        let store = store(hub, SupplierDirectory(TestHub.suppliers))
        let page = [ReferenceChange(version: 7, item: .service(Self.markt, active: true))]
        try await store.apply(page, through: 9)
        let again = try await store.apply(page, through: 9)
        #expect(again == ReferenceStore.Applied(version: 9))
        #expect(try await hub.auditEntries().count == 1)
        try await store.rewind()
        #expect(try await store.version() == 0)
        #expect(try await store.apply(page, through: 7).services == 1)
        #expect(try await hub.serviceCatalog.list().map(\.code) == ["markt-vr"])
    }

    @Test func aBodyThisHubCannotReadOrThatNamesAnotherKeyIsRefused() throws {
        #expect(throws: InventoryError.self) { try ReferenceItem(kind: .service, key: "x", body: "{\"price\": 3}") }
        let body = try ReferenceItem.supplier(Self.bakker).body()
        #expect(try ReferenceItem(kind: .supplier, key: "bakker", body: body) == .supplier(Self.bakker))
        #expect(throws: InventoryError.self) { try ReferenceItem(kind: .supplier, key: "vegro", body: body) }
    }
}
