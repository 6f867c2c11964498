import Foundation
import Testing
@testable import Inventory

@Suite struct ParcelStoreTests {
    @Test func aScanBecomesAParcelWithItsSupplier() async throws {
        let hub = try TestHub()
        let result = try await hub.scan("VG12345678")
        guard case .received(let parcel, let resident) = result else { Issue.record("expected a new parcel"); return }
        #expect(parcel.supplierId == "vegro")
        #expect(parcel.device == "intake-scanner")
        #expect(parcel.receivedBy == "Anna")
        #expect(parcel.receivedOn.text == "2026-11-23")
        #expect(resident == nil)
        #expect(parcel.status == .unassigned)
        let unknown = try await hub.scan("XYZ-1")
        #expect(unknown.parcel.supplierId == "unknown")
    }

    @Test func theSameBarcodeTheSameDayIsADuplicate() async throws {
        let hub = try TestHub()
        _ = try await hub.scan("VG12345678")
        hub.clock.advance(hours: 1)
        let second = try await hub.scan("VG12345678")
        guard case .duplicate(let existing) = second else { Issue.record("expected duplicate"); return }
        #expect(hub.calendar.clockTime(existing.receivedAt) == "07:42")
        #expect(try await hub.parcels.parcels(on: hub.calendar.today).count == 1)
    }

    @Test func anOpenParcelScannedAgainNextDayIsStillADuplicate() async throws {
        let hub = try TestHub()
        _ = try await hub.scan("VG12345678")
        hub.clock.advance(hours: 24)
        #expect(try await hub.scan("VG12345678") == .duplicate(try await hub.scan("VG12345678").parcel))
    }

    @Test func badBarcodesAreRefusedWithAMessage() async throws {
        let hub = try TestHub()
        for bad in ["", "   ", "AB\u{07}CD", String(repeating: "9", count: 300), "héllo"] {
            await #expect(throws: InventoryError.self) { try await hub.scan(bad) }
        }
        #expect(try await hub.parcels.parcels(on: hub.calendar.today).isEmpty)
    }

    @Test func gsSeparatorIsAllowedInGS1Codes() async throws {
        let hub = try TestHub()
        let result = try await hub.scan("0112312312312333\u{1D}10ABC")
        #expect(result.parcel.barcode.contains("\u{1D}"))
    }

    @Test func medicationRefusesLetterboxButTakesContact() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.scan("APO-123456")
        _ = try await hub.parcels.assign(barcode: "APO-123456", residentKey: "R1", by: TestHub.concierge)
        await #expect(throws: InventoryError.self) {
            try await hub.parcels.deliver(barcode: "APO-123456", outcome: .letterbox, by: TestHub.concierge)
        }
        let view = try await hub.parcels.deliver(barcode: "APO-123456", outcome: .contact, by: TestHub.concierge)
        #expect(view.status == .delivered)
    }

    @Test func deliveringTwiceIsRefusedAndChangesNothing() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.scan("VG12345678")
        _ = try await hub.parcels.assign(barcode: "VG12345678", residentKey: "R1", by: nil)
        _ = try await hub.parcels.deliver(barcode: "VG12345678", outcome: .contact, by: nil)
        do {
            _ = try await hub.parcels.deliver(barcode: "VG12345678", outcome: .letterbox, by: nil)
            Issue.record("second delivery should be refused")
        } catch let error as InventoryError {
            #expect(error.code == .conflict)
            #expect(error.text.en.contains("already settled"))
        }
        let parcels = try await hub.parcels.parcels(on: hub.calendar.today)
        #expect(parcels.first?.outcome == .contact)
        #expect(parcels.first?.attempts == 1)
    }

    @Test func assigningToAMissingResidentSaysWhatToDo() async throws {
        let hub = try TestHub()
        _ = try await hub.scan("VG12345678")
        do {
            _ = try await hub.parcels.assign(barcode: "VG12345678", residentKey: "42", by: nil)
            Issue.record("expected a refusal")
        } catch let error as InventoryError {
            #expect(error.code == .notFound)
            #expect(error.text.en.contains("kiosk residents list"))
        }
    }

    @Test func notHomeComesBackOnTheNextDaysList() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.scan("VG12345678")
        _ = try await hub.parcels.assign(barcode: "VG12345678", residentKey: "R1", by: nil)
        _ = try await hub.parcels.deliver(barcode: "VG12345678", outcome: .notHome, by: nil)
        hub.clock.advance(hours: 24)
        let tomorrow = try await hub.parcels.dayList(on: hub.calendar.today, viewer: .hub)
        #expect(tomorrow.stops.count == 1)
        #expect(tomorrow.stops.first?.parcels.first?.status == .notHome)
        #expect(tomorrow.stops.first?.parcelCount == 1)
        _ = try await hub.parcels.deliver(barcode: "VG12345678", outcome: .contact, by: nil)
        hub.clock.advance(hours: 24)
        #expect(try await hub.parcels.dayList(on: hub.calendar.today, viewer: .hub).stops.isEmpty)
    }

    @Test func overdueColdChainParcelsComeFirst() async throws {
        let hub = try TestHub()
        _ = try await hub.scan("VG12345678")
        _ = try await hub.scan("TDJ1234567")
        hub.clock.advance(hours: 5)
        let parcels = try await hub.parcels.parcels(on: hub.calendar.today)
        #expect(parcels.map(\.barcode) == ["TDJ1234567", "VG12345678"])
        #expect(parcels.first?.overdue == true)
        #expect(parcels.first?.deadlineAt == parcels.first.map { $0.receivedAt.addingTimeInterval(4 * 3600) })
    }

    @Test func statusFilterSelectsTheUnassignedQueue() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.scan("VG12345678")
        _ = try await hub.scan("VG87654321")
        _ = try await hub.parcels.assign(barcode: "VG12345678", residentKey: "R1", by: nil)
        let queue = try await hub.parcels.parcels(on: hub.calendar.today, status: .unassigned)
        #expect(queue.map(\.barcode) == ["VG87654321"])
    }
}
