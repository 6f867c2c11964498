import Foundation
import GRDB
import Testing
@testable import Inventory

/// Stores and factories for the services, credit, proxy, timeline and report tests.
extension TestHub {
    static let serviceRules = KioskRules()
    static let anna = StaffActor(id: 1, name: "Anna")

    var serviceCatalog: ServiceCatalog { ServiceCatalog(database: database, calendar: calendar, rules: Self.serviceRules) }
    var serviceUses: ServiceUseStore { ServiceUseStore(database: database, calendar: calendar, rules: Self.serviceRules) }
    var creditStore: CreditStore { CreditStore(database: database, calendar: calendar) }
    var proxyStore: ProxyStore { ProxyStore(database: database, calendar: calendar) }
    var residentTimeline: ResidentTimeline { ResidentTimeline(database: database, calendar: calendar) }
    var monthReports: ReportStore { ReportStore(database: database, calendar: calendar) }

    @discardableResult
    func addService(
        _ code: String, kind: ServiceKind = .ride, name: String? = nil, price: String = "1,50", payment: PaymentMethod = .pin
    ) async throws -> Service {
        try await serviceCatalog.add(
            ServiceFields(code: code, kind: kind, name: name ?? "Dienst \(code)", price: price, payment: payment),
            by: Self.anna
        )
    }

    @discardableResult
    func use(_ resident: Resident, _ service: Service) async throws -> ServiceUse {
        try await serviceUses.register(residentID: resident.id ?? 0, serviceID: service.id ?? 0, passID: nil, device: "kiosk")
    }

    /// Oldest first.
    func auditEntries() async throws -> [AuditEntry] {
        try await AuditLog(database: database).entries(limit: 10_000).reversed()
    }

    func auditActions() async throws -> [String] {
        try await auditEntries().map(\.action)
    }

    func rowCount(_ table: String) throws -> Int {
        try database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    func storedUse(_ id: Int64?) throws -> ServiceUse? {
        try database.pool.read { try ServiceUse.fetchOne($0, key: id) }
    }

    /// Written directly, so these tests do not depend on the intake workflow's API.
    @discardableResult
    func insertParcel(_ barcode: String, supplier: String, resident: Resident?, at time: Date) throws -> Parcel {
        try database.pool.write { db in
            var parcel = Parcel(
                id: nil, barcode: barcode, supplierId: supplier, receivedAt: time, receivedOn: calendar.day(of: time),
                device: "intake-scanner", receivedBy: "Anna", residentId: resident?.id, assignedAt: resident.map { _ in time },
                assignedBy: nil, coldChain: false, medication: supplier == "apotheek", deadlineAt: nil,
                outcome: nil, outcomeAt: nil, closedOn: nil, attempts: 0
            )
            try parcel.insert(db)
            return parcel
        }
    }

    /// As `ParcelStore.deliver` records it: the attempt, and the parcel's outcome, closed on the
    /// attempt's day when the outcome is final.
    func insertAttempt(_ parcel: Parcel, _ outcome: DeliveryOutcome, at time: Date) throws {
        let day = calendar.day(of: time)
        try database.pool.write { db in
            var attempt = DeliveryAttempt(id: nil, parcelId: parcel.id ?? 0, outcome: outcome, recordedAt: time, recordedBy: "Anna")
            try attempt.insert(db)
            try db.execute(
                sql: "UPDATE parcel SET outcome = ?, outcome_at = ?, attempts = attempts + 1, closed_on = ? WHERE id = ?",
                arguments: [outcome.rawValue, time, outcome.isFinal ? day.text : nil, parcel.id]
            )
        }
    }

    static func instant(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso) ?? .distantPast
    }
}

extension TestClock {
    func advanceSeconds(_ seconds: Double) {
        advance(hours: seconds / 3600)
    }

    func setNow(_ date: Date) {
        advance(hours: date.timeIntervalSince(now) / 3600)
    }
}

/// The error a throwing call ended with, for assertions on its code and text.
func inventoryError(_ body: () async throws -> Void) async -> InventoryError? {
    do {
        try await body()
        return nil
    } catch let error as InventoryError {
        return error
    } catch {
        Issue.record("expected an InventoryError, got \(error)")
        return nil
    }
}
