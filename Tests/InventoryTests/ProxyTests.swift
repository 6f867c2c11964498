import Foundation
import Testing
@testable import Inventory

@Suite struct ProxyTests {
    @Test func addListAndRemoveAreAudited() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let today = hub.calendar.today
        let els = try await hub.proxyStore.add(
            residentKey: "R1", name: " Els de Vries ", scopes: [.rides, .parcels, .rides], expiresOn: today, by: TestHub.anna
        )
        #expect(els.name == "Els de Vries")
        #expect(els.scopes == "parcels,rides")
        #expect(els.scopeList == [.parcels, .rides])
        #expect(els.residentId == jan.id)
        #expect(els.createdBy == "Anna")
        hub.clock.advance(hours: 1)
        let piet = try await hub.proxyStore.add(
            residentKey: "\(jan.id ?? 0)", name: "Piet", scopes: [.medication], expiresOn: try #require(LocalDay("2027-06-30")), by: TestHub.anna
        )
        hub.clock.advance(hours: 48)
        let listed = try await hub.proxyStore.list(residentKey: "R1", by: TestHub.anna)
        #expect(listed.map(\.id) == [piet.id, els.id])
        try await hub.proxyStore.remove(proxyID: els.id ?? 0, by: TestHub.anna)
        #expect(try await hub.proxyStore.list(residentKey: "R1", by: TestHub.anna).map(\.id) == [piet.id])
        let audit = try await hub.auditEntries()
        #expect(audit.map(\.action) == ["proxy.add", "proxy.add", "proxy.list", "proxy.remove", "proxy.list"])
        #expect(audit.allSatisfy { $0.residentId == jan.id && $0.staffName == "Anna" })
        #expect(audit[3].subject == "proxy \(els.id ?? 0)")
    }

    @Test func invalidProxiesAreRefusedAndNothingIsWritten() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        let yesterday = try #require(LocalDay("2026-11-22"))
        let nextYear = try #require(LocalDay("2027-11-22"))
        let past = await inventoryError {
            _ = try await hub.proxyStore.add(residentKey: "R1", name: "Els", scopes: [.parcels], expiresOn: yesterday, by: TestHub.anna)
        }
        #expect(past?.code == .invalidInput)
        #expect(past?.text.nl.contains("2026-11-23") == true)
        let noScopes = await inventoryError {
            _ = try await hub.proxyStore.add(residentKey: "R1", name: "Els", scopes: [], expiresOn: nextYear, by: TestHub.anna)
        }
        #expect(noScopes?.code == .invalidInput)
        #expect(noScopes?.text.nl.contains("parcels, medication, aids, rides") == true)
        for name in ["", "   ", String(repeating: "x", count: 61)] {
            let error = await inventoryError {
                _ = try await hub.proxyStore.add(residentKey: "R1", name: name, scopes: [.aids], expiresOn: nextYear, by: TestHub.anna)
            }
            #expect(error?.code == .invalidInput)
        }
        let nobody = await inventoryError {
            _ = try await hub.proxyStore.add(residentKey: "R9", name: "Els", scopes: [.aids], expiresOn: nextYear, by: TestHub.anna)
        }
        #expect(nobody?.code == .notFound)
        let unknown = await inventoryError { try await hub.proxyStore.remove(proxyID: 5, by: TestHub.anna) }
        #expect(unknown?.code == .notFound)
        #expect(try hub.rowCount("proxy") == 0)
        #expect(try await hub.auditActions().isEmpty)
    }
}
