import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct HubDatabaseTests {
    @Test func synchronousIsFullAndForeignKeysAreOn() throws {
        let hub = try TestHub()
        #expect(try hub.database.synchronousLevel() == 2)
        let foreignKeys = try hub.database.pool.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == 1)
        let journal = try hub.database.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
        #expect(try hub.database.integrityCheck() == "ok")
    }

    @Test func foreignKeysRejectAParcelForAMissingResident() async throws {
        let hub = try TestHub()
        _ = try await hub.scan("VG12345678")
        await #expect(throws: DatabaseError.self) {
            try await hub.database.pool.write { db in
                try db.execute(sql: "UPDATE parcel SET resident_id = 999")
            }
        }
    }

    @Test func reopeningKeepsDataAndMigrationsAreIdempotent() async throws {
        let hub = try TestHub()
        _ = try await hub.scan("VG12345678")
        let again = try HubDatabase(path: hub.directory + "/hub.sqlite", logger: .init(label: "test"))
        let count = try await again.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM parcel") }
        #expect(count == 1)
        #expect(try again.synchronousLevel() == 2)
    }
}
