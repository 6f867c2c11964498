import Devices
import Foundation
import Inventory
import Logging
@testable import Workflows

/// A kiosk session over a real on-disk database, with a clock the test moves.
final class KioskFixture: @unchecked Sendable {
    let directory: String
    let database: HubDatabase
    let stores: KioskStores
    let session: KioskSession
    let key = HubKey(bytes: Data(repeating: 7, count: 32))
    let clock: ManualTime
    let anna = StaffActor(id: nil, name: "Anna")

    init(rules: KioskRules = KioskRules(), terminal: (any PaymentTerminal)? = nil) throws {
        directory = NSTemporaryDirectory() + "bh-kiosk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try HubDatabase(path: directory + "/hub.sqlite", logger: Logger(label: "test"))
        let clock = ManualTime(ISO8601DateFormatter().date(from: "2026-11-23T09:00:00Z") ?? Date())
        self.clock = clock
        let calendar = HubCalendar(timeZone: TimeZone(identifier: "UTC") ?? .current, now: { clock.now })
        let suppliers = SupplierDirectory([Supplier(id: "vegro", name: "Vegro", patterns: [try SupplierPattern("^VG[0-9]{8}$")])])
        stores = KioskStores(
            passes: PassStore(database: database, calendar: calendar),
            staff: StaffStore(database: database, calendar: calendar, hasher: PINHasher(rounds: 1024), rules: rules),
            residents: ResidentStore(database: database, calendar: calendar),
            services: ServiceCatalog(database: database, calendar: calendar, rules: rules),
            uses: ServiceUseStore(database: database, calendar: calendar, rules: rules),
            credit: CreditStore(database: database, calendar: calendar),
            parcels: ParcelStore(database: database, calendar: calendar, suppliers: suppliers, coldChainHours: 4),
            intakeOperator: StaffSessionStore(database: database)
        )
        let paymentStore = PaymentStore(database: database, calendar: calendar, rules: PaymentRules())
        let payments = terminal.map { terminal in
            PaymentDesk(
                store: paymentStore, terminal: terminal,
                terminalName: "pin", calendar: calendar, events: nil, logger: Logger(label: "test")
            )
        }
        session = KioskSession(
            stores: stores, rules: rules, calendar: calendar, events: EventBroadcaster(), logger: Logger(label: "test"), payments: payments
        )
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func advance(seconds: Double) { clock.advance(seconds: seconds) }

    func digest(_ uid: [UInt8]) -> PassDigest { key.digest(ofPass: uid) }

    /// Marie Jansen (BZ-001) with pass [1,2,3,4]; Anna on staff with pass [9,9,9,9] and PIN 2468.
    func populate() async throws {
        _ = try await stores.residents.add(
            ResidentFields(reference: "BZ-001", name: "Marie Jansen", street: "Brink", houseNumber: "1", postcode: "7411 BR", town: "Deventer"),
            by: anna
        )
        _ = try await stores.passes.enroll(digest([1, 2, 3, 4]), residentKey: "BZ-001", by: anna)
        _ = try await stores.staff.add(name: "Anna", pin: "2468", pass: digest([9, 9, 9, 9]), by: nil)
        _ = try await stores.services.add(ServiceFields(code: "markt", kind: .ride, name: "Rit naar de markt", price: "1,50", payment: .pin), by: anna)
        _ = try await stores.services.add(ServiceFields(code: "koffie", kind: .activity, name: "Koffieochtend", price: "1,00", payment: .credit), by: anna)
    }
}

/// Time that moves only when the test says so.
final class ManualTime: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(seconds: Double) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}
