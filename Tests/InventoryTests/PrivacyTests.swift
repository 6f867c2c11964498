import Foundation
import GRDB
import Testing
@testable import Inventory

/// Issue 14, point 2: erasure, export and the retention purge on a real database file.
@Suite struct PrivacyTests {
    static let name = "Geertruida Plantinga"
    static let street = "Zutphenseweg"

    func privacy(_ hub: TestHub, policy: RetentionPolicy = RetentionPolicy(), backupDirectory: String? = nil) -> PrivacyStore {
        PrivacyStore(
            database: hub.database, calendar: hub.calendar,
            backups: HubBackups(database: hub.database, policy: BackupPolicy(directory: backupDirectory)), policy: policy
        )
    }

    /// A resident with a pass, a proxy, a manifest line, a delivered parcel and a chore.
    func plant(_ hub: TestHub) async throws -> Resident {
        let resident = try await hub.addResident(Self.name, reference: "K-7781", street: Self.street, number: "41")
        _ = try await PassStore(database: hub.database, calendar: hub.calendar).enroll(TestHub.pass(0xC4), residentKey: "K-7781", by: TestHub.anna)
        _ = try await hub.proxyStore.add(residentKey: "K-7781", name: "Jan Plantinga", scopes: [.parcels], expiresOn: LocalDay("2027-12-31")!, by: TestHub.anna)
        let parcel = try hub.insertParcel("APO-123456", supplier: "apotheek", resident: resident, at: hub.clock.now)
        try await hub.database.pool.write { db in
            try db.execute(sql: "UPDATE parcel SET outcome = 'contact', outcome_at = ?, closed_on = ? WHERE id = ?",
                           arguments: [hub.clock.now, hub.calendar.today.text, parcel.id])
            try db.execute(sql: "INSERT INTO manifest_entry (barcode, resident_id, supplier_id, source, line, imported_at) VALUES ('APO-123456', ?, 'apotheek', 'apotheek.csv', 2, ?)",
                           arguments: [resident.id, hub.clock.now])
        }
        try await hub.use(resident, try await hub.addService("K1", kind: .chore))
        return resident
    }

    @Test func erasureLeavesOnlyTheNumberAndKeepsTheBookkeeping() async throws {
        let hub = try TestHub()
        let resident = try await plant(hub)
        let report = try await privacy(hub).erase(residentKey: "K-7781", by: TestHub.anna)
        #expect(report.passes == 1 && report.proxies == 1 && report.manifestLines == 1 && report.parcels == 1)
        #expect(report.keptServiceUses == 1)
        #expect(try hub.rowCount("pass") == 0 && hub.rowCount("proxy") == 0 && hub.rowCount("service_use") == 1)
        let stored = try await hub.database.pool.read { try Resident.fetchOne($0, key: resident.id) }
        #expect(stored?.name == "#\(resident.id ?? -1)" && stored?.street == "" && stored?.reference == nil && stored?.erasedAt != nil)
        #expect(try await hub.residents.list(by: TestHub.anna).isEmpty)
        let again = await inventoryError { _ = try await privacy(hub).erase(residentKey: "\(resident.id ?? 0)", by: TestHub.anna) }
        #expect(again?.code == .notFound)
        #expect(try await hub.auditActions().contains("resident.erase"))
    }

    @Test func erasureWaitsForAnOpenParcelAndSaysWhatToDo() async throws {
        let hub = try TestHub()
        let resident = try await hub.addResident(Self.name, reference: "K-1")
        try hub.insertParcel("VG00000001", supplier: "vegro", resident: resident, at: hub.clock.now)
        let refusal = await inventoryError { _ = try await privacy(hub).erase(residentKey: "K-1", by: TestHub.anna) }
        #expect(refusal?.code == .refused)
        #expect(refusal?.text.en.contains("deliver or return") == true)
        #expect(try hub.rowCount("resident") == 1)
    }

    @Test func exportCoversEveryTableThatNamesAResidentAndIsAudited() async throws {
        let hub = try TestHub()
        let resident = try await plant(hub)
        let data = try await privacy(hub).export(residentKey: "K-7781", by: TestHub.anna)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tables = try #require(document["tables"] as? [String: [[String: Any]]])
        let withColumn = try await hub.database.pool.read { try ResidentExport.tablesWithResidentColumn($0) }
        #expect(withColumn.contains("service_use") && withColumn.contains("pass") && withColumn.contains("audit"))
        for table in withColumn + ["resident", "delivery_attempt", "payment", "payment_receipt_line"] {
            #expect(tables[table] != nil, "table \(table) is missing from the export")
        }
        #expect(tables["resident"]?.first?["name"] as? String == Self.name)
        #expect(tables["pass"]?.count == 1 && tables["pass"]?.first?["digest"] == nil, "pass rows without their keyed digest")
        #expect(tables["proxy"]?.first?["name"] as? String == "Jan Plantinga")
        let actions = try await hub.auditEntries().filter { $0.residentId == resident.id }.map(\.action)
        #expect(actions.contains("resident.export"))
    }

    @Test func purgeExpiresByKindAndErasesTheInactive() async throws {
        let hub = try TestHub()
        let old = try await plant(hub)
        hub.clock.advance(hours: 24 * 800)
        let active = try await hub.addResident("Bep Actief", reference: "K-2")
        try hub.insertParcel("VG00000002", supplier: "vegro", resident: active, at: hub.clock.now)
        let report = try await privacy(hub).purge()
        #expect(report.manifestLines == 1 && report.parcels == 1 && report.residentsErased == 1)
        let names = try await hub.database.pool.read { try String.fetchAll($0, sql: "SELECT name FROM resident ORDER BY id") }
        #expect(names == ["#\(old.id ?? -1)", "Bep Actief"])
        let reasons = try await hub.database.pool.read { try String.fetchAll($0, sql: "SELECT reason FROM erasure") }
        #expect(reasons == ["retention"])
    }

    /// A clock that ran ahead (no battery in a Pi) must not expire everything: with nothing
    /// recorded for over a month, the purge refuses and says to check the clock.
    @Test func aClockFarAheadOfEveryRecordStopsThePurge() async throws {
        let hub = try TestHub()
        _ = try await plant(hub)
        hub.clock.advance(hours: 24 * 800)
        let refusal = await inventoryError { _ = try await privacy(hub).purge() }
        #expect(refusal?.code == .refused && refusal?.text.en.contains("check the clock") == true)
        #expect(try hub.rowCount("pass") == 1 && hub.rowCount("manifest_entry") == 1)
    }

    @Test func nothingOfTheNameIsLeftInTheFileTheWALOrABackup() async throws {
        let hub = try TestHub()
        let backups = hub.directory + "/stick"
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        _ = try await plant(hub)
        let store = privacy(hub, backupDirectory: backups)
        _ = try await store.backups.write(now: hub.clock.now)
        let files = [hub.directory + "/hub.sqlite", hub.directory + "/hub.sqlite-wal"] + (try FileManager.default.contentsOfDirectory(atPath: backups).map { backups + "/" + $0 })
        #expect(files.contains { Self.holds($0, Self.name) }, "planted: the name is on disk before the erasure")
        let report = try await store.erase(residentKey: "K-7781", by: TestHub.anna)
        #expect(report.backupsScrubbed == 1 && !report.backupsPending)
        for file in files + (try FileManager.default.contentsOfDirectory(atPath: backups).map { backups + "/" + $0 }) {
            for secret in [Self.name, Self.street, "K-7781", "Jan Plantinga"] {
                #expect(!Self.holds(file, secret), "\(secret) is still in \(file)")
            }
        }
        let integrity = try await DatabaseQueue(path: backups + "/" + (try store.backups.list().first?.name ?? "")).read {
            try String.fetchOne($0, sql: "PRAGMA integrity_check")
        }
        #expect(integrity == "ok")
    }

    @Test func theNightlyPurgeIsAtRetentionAtOnTheHubsClock() throws {
        let hub = try TestHub(start: "2026-11-23T01:00:00Z")
        let store = privacy(hub, policy: RetentionPolicy(hour: 2, minute: 30))
        #expect(store.nextPurge(after: hub.clock.now) == TestHub.instant("2026-11-23T02:30:00Z"))
        #expect(store.nextPurge(after: TestHub.instant("2026-11-23T02:30:00Z")) == TestHub.instant("2026-11-24T02:30:00Z"))
    }

    static func holds(_ path: String, _ text: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.range(of: Data(text.utf8)) != nil
    }
}
