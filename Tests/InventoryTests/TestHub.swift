import Foundation
@testable import Inventory
import Logging

/// A real on-disk database in a fresh temporary directory, with a clock the test controls.
final class TestHub: Sendable {
    let directory: String
    let database: HubDatabase
    let clock: TestClock
    let calendar: HubCalendar
    let residents: ResidentStore
    let parcels: ParcelStore
    let manifests: ManifestStore

    static let suppliers = [
        Supplier(id: "vegro", name: "Vegro", patterns: [try! SupplierPattern("^VG[0-9]{8}$")]),
        Supplier(id: "apotheek", name: "Apotheek", patterns: [try! SupplierPattern("^APO-[0-9]{6}$")], medication: true),
        Supplier(id: "maaltijden", name: "Maaltijden", patterns: [try! SupplierPattern("^TDJ[0-9]{7}$")], coldChain: true),
    ]

    init(start: String = "2026-11-23T07:42:00Z", shareAddressPseudonyms: Bool = false, statementTrace: (@Sendable (String) -> Void)? = nil) throws {
        directory = NSTemporaryDirectory() + "buurhub-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        clock = TestClock(ISO8601DateFormatter().date(from: start)!)
        let clock = clock
        database = try HubDatabase(
            path: directory + "/hub.sqlite", logger: Logger(label: "test"), clock: OutboxClock(now: { clock.now }, isSynced: { true }),
            shareAddressPseudonyms: shareAddressPseudonyms, statementTrace: statementTrace
        )
        calendar = HubCalendar(timeZone: TimeZone(identifier: "UTC")!, now: { clock.now })
        residents = ResidentStore(database: database, calendar: calendar)
        parcels = ParcelStore(database: database, calendar: calendar, suppliers: SupplierDirectory(Self.suppliers), coldChainHours: 4)
        manifests = ManifestStore(database: database, calendar: calendar)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A fixture, not a staff action: it writes no audit row, so tests can count the rows that
    /// the actions under test write.
    @discardableResult
    func addResident(_ name: String, reference: String, street: String = "Dorpsstraat", number: String = "1") async throws -> Resident {
        let fields = ResidentFields(reference: reference, name: name, street: street, houseNumber: number, postcode: "7423ab", town: "Deventer")
        let now = clock.now
        return try await database.pool.write { db in
            var resident = try ResidentStore.newResident(fields, now: now)
            try resident.insert(db)
            return resident
        }
    }

    func scan(_ barcode: String) async throws -> ReceiveResult {
        try await parcels.receive(ParcelScan(barcode: barcode, device: "intake-scanner", receivedAt: clock.now, receivedBy: "Anna"))
    }
}

/// Time that moves only when a test says so.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(hours: Double) {
        lock.withLock { current = current.addingTimeInterval(hours * 3600) }
    }
}
