import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct ServiceCatalogTests {
    @Test func addNormalisesTheCodeAndFillsDefaults() async throws {
        let hub = try TestHub()
        let markt = try await hub.serviceCatalog.add(
            ServiceFields(code: " Markt-DO ", kind: .ride, name: " Rit naar de markt ", destination: "Brink", price: "1,50", payment: .pin),
            by: TestHub.anna
        )
        #expect(markt.code == "markt-do")
        #expect(markt.name == "Rit naar de markt")
        #expect(markt.destination == "Brink")
        #expect(markt.priceCents == 150)
        #expect(markt.maxPriceCents == 2500)
        #expect(markt.position == 1)
        #expect(markt.active)
        let lamp = try await hub.addService("lamp", kind: .chore, price: "0", payment: .free)
        #expect(lamp.position == 2)
        #expect(try await hub.serviceCatalog.service(code: "MARKT-DO") == markt)
        #expect(try await hub.serviceCatalog.service(id: lamp.id ?? 0) == lamp)
        let audit = try await hub.auditEntries()
        #expect(audit.map(\.action) == ["service.add", "service.add"])
        #expect(audit.first?.subject == "markt-do")
        #expect(audit.first?.staffName == "Anna")
        #expect(audit.first?.staffId == 1)
    }

    @Test func listOrdersByPositionThenNameAndHidesInactive() async throws {
        let hub = try TestHub()
        _ = try await hub.serviceCatalog.add(ServiceFields(code: "b", kind: .chore, name: "Vuilnisbak", price: "1", payment: .invoice, position: 5), by: TestHub.anna)
        _ = try await hub.serviceCatalog.add(ServiceFields(code: "a", kind: .chore, name: "Lamp", price: "1", payment: .invoice, position: 5), by: TestHub.anna)
        _ = try await hub.serviceCatalog.add(ServiceFields(code: "c", kind: .activity, name: "Zingen", price: "1", payment: .invoice, position: 1), by: TestHub.anna)
        #expect(try await hub.serviceCatalog.list().map(\.code) == ["c", "a", "b"])
        try await hub.database.pool.write { try $0.execute(sql: "UPDATE service SET active = 0 WHERE code = 'a'") }
        #expect(try await hub.serviceCatalog.list().map(\.code) == ["c", "b"])
        #expect(try await hub.serviceCatalog.list(includeInactive: true).map(\.code) == ["c", "a", "b"])
        let next = try await hub.addService("d")
        #expect(next.position == 6)
    }

    @Test func aFractionOfACentIsRefused() async throws {
        let hub = try TestHub()
        let error = await inventoryError { try await hub.addService("markt", price: "1,505") }
        #expect(error?.code == .invalidInput)
        #expect(error?.text.nl.contains("fractie van een cent") == true)
        #expect(try hub.rowCount("service") == 0)
        #expect(try await hub.auditActions().isEmpty)
    }

    @Test func aPriceOverTheMaximumSuggestsTheCentsReading() async throws {
        let hub = try TestHub()
        let error = await inventoryError { try await hub.addService("markt", price: "150") }
        #expect(error?.code == .invalidInput)
        #expect(error?.text.nl == "€ 150,00 is meer dan het maximum van € 25,00 voor deze dienst — bedoelde u € 1,50? Is het echt zo duur, geef dan --max-price op")
        #expect(error?.text.en.contains("did you mean € 1.50?") == true)
        let odd = await inventoryError { try await hub.addService("markt", price: "30,50") }
        #expect(odd?.text.nl.contains("bedoelde u") == false)
        #expect(odd?.text.nl.contains("--max-price") == true)
        #expect(try hub.rowCount("service") == 0)
        let taxi = try await hub.serviceCatalog.add(
            ServiceFields(code: "taxi", kind: .ride, name: "Taxi", price: "150", maxPrice: "200", payment: .invoice), by: TestHub.anna
        )
        #expect(taxi.priceCents == 15_000)
        #expect(taxi.maxPriceCents == 20_000)
    }

    @Test func freeMustCostNothingAndPinMustCostSomething() async throws {
        let hub = try TestHub()
        let free = await inventoryError { try await hub.addService("lamp", kind: .chore, price: "1", payment: .free) }
        #expect(free?.code == .invalidInput)
        #expect(free?.text.nl.contains("gratis") == true)
        let pin = await inventoryError { try await hub.addService("lamp", kind: .chore, price: "0", payment: .pin) }
        #expect(pin?.code == .invalidInput)
        #expect(pin?.text.nl.contains("kies betaling free") == true)
        #expect(try hub.rowCount("service") == 0)
        #expect(try await hub.auditActions().isEmpty)
    }

    @Test func aDuplicateCodeIsAConflictWhateverItsCase() async throws {
        let hub = try TestHub()
        try await hub.addService("markt")
        let error = await inventoryError { try await hub.addService("MARKT") }
        #expect(error?.code == .conflict)
        #expect(error?.text.nl.contains("kies een andere code") == true)
        #expect(try hub.rowCount("service") == 1)
        #expect(try await hub.auditActions() == ["service.add"])
    }

    @Test func badCodesNamesAndDestinationsAreRefused() async throws {
        let hub = try TestHub()
        for code in ["", "markt do", "märkt", String(repeating: "a", count: 21), "markt_do"] {
            let error = await inventoryError { try await hub.addService(code) }
            #expect(error?.code == .invalidInput, "code \(code)")
        }
        let longName = await inventoryError { try await hub.addService("x", name: String(repeating: "n", count: 41)) }
        #expect(longName?.code == .invalidInput)
        let choreDestination = await inventoryError {
            _ = try await hub.serviceCatalog.add(
                ServiceFields(code: "lamp", kind: .chore, name: "Lamp", destination: "Markt", price: "0", payment: .free), by: TestHub.anna
            )
        }
        #expect(choreDestination?.code == .invalidInput)
        #expect(try hub.rowCount("service") == 0)
    }

    @Test func unknownServicesSayWhereToLook() async throws {
        let hub = try TestHub()
        let byCode = await inventoryError { _ = try await hub.serviceCatalog.service(code: "nope") }
        #expect(byCode?.code == .notFound)
        #expect(byCode?.text.nl == "geen dienst 'nope' — zie `kiosk services list`")
        let byID = await inventoryError { _ = try await hub.serviceCatalog.service(id: 9) }
        #expect(byID?.code == .notFound)
    }
}
