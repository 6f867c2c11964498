import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct AuditTrailTests {
    @Test func everyStaffActionAndLookLeavesOneRow() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff("Anna", pin: "2468")
        let jansen = try await hub.residents.add(
            ResidentFields(reference: "BZ-001", name: "M. Jansen", street: "Dorpsstraat", houseNumber: "1", postcode: "7423ab", town: "Deventer"),
            by: anna.actor
        )
        let rid = jansen.id
        _ = try await hub.residents.edit(id: rid ?? 0, ResidentFields(phone: "0570-123456"), by: anna.actor)
        _ = try await hub.residents.view(matching: "BZ-001", by: anna.actor)
        _ = try await hub.residents.list(by: anna.actor)
        let pass = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: anna.actor)
        _ = try await hub.passes.block(passID: pass.id, reason: "verloren", by: anna.actor)
        _ = try await hub.passes.passes(residentKey: "BZ-001", by: anna.actor)
        _ = await TestHub.refusal { _ = try await hub.staffStore().verifyPIN(staffID: anna.id, pin: "1111") }
        _ = try await hub.staffStore().verifyPIN(staffID: anna.id, pin: "2468")
        let token = try await hub.staffStore().openSession(staffID: anna.id, origin: "cli")
        try await hub.staffStore().closeSession(token: token)

        let entries = Array(try await hub.audit.entries().reversed())
        #expect(entries.map(\.action) == [
            "staff.add", "resident.add", "resident.edit", "resident.view", "resident.list",
            "pass.enroll", "pass.block", "pass.list", "staff.pin-wrong", "staff.pin-ok", "staff.login", "staff.logout",
        ])
        #expect(entries[0].staffName == "bootstrap")
        #expect(entries[0].staffId == nil)
        #expect(entries.dropFirst().allSatisfy { $0.staffId == anna.id && $0.staffName == "Anna" })
        #expect(entries[1...7].map(\.residentId) == [rid, rid, rid, nil, rid, rid, rid])
        #expect(entries[5].subject == "pass \(pass.id)")
        #expect(entries[6].subject == "pass \(pass.id)")
        #expect(entries[8].subject == nil && entries[9].subject == nil)
        #expect(entries[10].subject == "cli")
        #expect(entries.allSatisfy { $0.at == hub.clock.now })
        #expect(try await hub.audit.entries(residentID: rid).count == 6)
    }

    @Test func anEditNamesTheFieldsButNotTheirValues() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        _ = try await hub.residents.edit(id: jansen.id ?? 0, ResidentFields(phone: "0570-123456", remarks: "bel twee keer"), by: TestHub.concierge)
        let edit = try await hub.audit.entries().first
        #expect(edit?.action == "resident.edit")
        #expect(edit?.subject == "phone, remarks")
    }

    @Test func parcelActionsAreAuditedOnlyWithAStaffMember() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        _ = try await hub.scan("VG12345678")
        _ = try await hub.scan("VG87654321")
        _ = try await hub.parcels.assign(barcode: "VG12345678", residentKey: "BZ-001", by: nil)
        _ = try await hub.parcels.deliver(barcode: "VG12345678", outcome: .contact, by: nil)
        #expect(try await hub.auditTrail().isEmpty)

        _ = try await hub.parcels.assign(barcode: "VG87654321", residentKey: "BZ-001", by: TestHub.concierge)
        let delivered = try await hub.parcels.deliver(barcode: "VG87654321", outcome: .letterbox, by: TestHub.concierge)
        #expect(delivered.outcome == .letterbox)
        let assignedBy = try await hub.database.pool.read {
            try String?.fetchAll($0, sql: "SELECT assigned_by FROM parcel ORDER BY barcode")
        }
        #expect(assignedBy == [nil, "Anna"])
        let recordedBy = try await hub.database.pool.read {
            try String.fetchAll($0, sql: "SELECT recorded_by FROM delivery_attempt WHERE recorded_by IS NOT NULL")
        }
        #expect(recordedBy == ["Anna"])
        let entries = try await hub.audit.entries()
        #expect(entries.prefix(2).map(\.action) == ["parcel.deliver", "parcel.assign"])
        #expect(entries.prefix(2).allSatisfy { $0.residentId == jansen.id && $0.subject == "VG87654321" && $0.staffName == "Anna" })
    }

    @Test func aManifestImportIsAuditedByFileName() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        let csv = ManifestParser.parse("barcode,resident\nAPO-000001,BZ-001\n", format: .csv)
        _ = try await hub.manifests.importRows(csv, supplier: "apotheek", source: "morning.csv", by: nil)
        #expect(try await hub.auditTrail().isEmpty)
        _ = try await hub.manifests.importRows(csv, supplier: "apotheek", source: "again.csv", by: TestHub.concierge)
        let last = try await hub.audit.entries().first
        #expect(last?.action == "manifest.import")
        #expect(last?.subject == "again.csv")
        #expect(last?.residentId == nil)
    }

    @Test func aRefusedActionLeavesNoAuditRow() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff("Anna", pin: "2468", pass: TestHub.pass(0xA1))
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: anna.actor)
        _ = try await hub.passes.block(passID: pass.id, reason: nil, by: anna.actor)
        _ = try await hub.scan("APO-123456")
        _ = try await hub.parcels.assign(barcode: "APO-123456", residentKey: "BZ-001", by: anna.actor)
        let before = try await hub.auditCount()

        let refusals: [InventoryError?] = [
            await TestHub.refusal { _ = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: anna.actor) },
            await TestHub.refusal { _ = try await hub.passes.enroll(TestHub.pass(0xA1), residentKey: "BZ-001", by: anna.actor) },
            await TestHub.refusal { _ = try await hub.passes.block(passID: pass.id, reason: nil, by: anna.actor) },
            await TestHub.refusal { _ = try await hub.passes.passes(residentKey: "nobody", by: anna.actor) },
            await TestHub.refusal { _ = try await hub.residents.view(matching: "nobody", by: anna.actor) },
            await TestHub.refusal { _ = try await hub.residents.add(ResidentFields(reference: "BZ-001", name: "X", street: "S", houseNumber: "1", postcode: "7423ab", town: "D"), by: anna.actor) },
            await TestHub.refusal { _ = try await hub.staffStore().add(name: "Kees", pin: "1357", pass: TestHub.pass(1), by: anna.actor) },
            await TestHub.refusal { _ = try await hub.parcels.deliver(barcode: "APO-123456", outcome: .letterbox, by: anna.actor) },
        ]
        #expect(refusals.allSatisfy { $0 != nil })
        #expect(try await hub.auditCount() == before)
        #expect(try await hub.staffStore().count() == 1)
        let openParcels = try await hub.parcels.parcels(on: hub.calendar.today, status: .assigned)
        #expect(openParcels.map(\.barcode) == ["APO-123456"])
    }
}
