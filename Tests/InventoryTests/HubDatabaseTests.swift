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

    @Test func aPreparedTransactionCommitsOnceAndRollsBackOnError() async throws {
        struct Refused: Error {}
        let hub = try TestHub()
        for round in 1...3 {
            let inside = try await hub.database.writeInPreparedTransaction { db in
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS probe (n INTEGER)")
                try db.execute(sql: "INSERT INTO probe VALUES (?)", arguments: [round])
                return db.isInsideTransaction
            }
            #expect(inside)
        }
        await #expect(throws: Refused.self) {
            try await hub.database.writeInPreparedTransaction { db in
                try db.execute(sql: "INSERT INTO probe VALUES (99)")
                throw Refused()
            }
        }
        let rows = try await hub.database.pool.read { try Int.fetchAll($0, sql: "SELECT n FROM probe ORDER BY n") }
        #expect(rows == [1, 2, 3])
        let stillOpen = try await hub.database.pool.writeWithoutTransaction { $0.isInsideTransaction }
        #expect(!stillOpen)
    }

    @Test func aFailedCommitInAPreparedTransactionLeavesNothingOpen() async throws {
        let hub = try TestHub()
        try await hub.database.pool.write { db in
            try db.execute(sql: """
                CREATE TABLE parent (id INTEGER PRIMARY KEY);
                CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)
                """)
        }
        await #expect(throws: DatabaseError.self) {
            try await hub.database.writeInPreparedTransaction { db in
                try db.execute(sql: "INSERT INTO child VALUES (7)")
            }
        }
        let (children, stillOpen) = try await hub.database.pool.writeWithoutTransaction { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM child"), db.isInsideTransaction)
        }
        #expect(children == 0)
        #expect(!stillOpen)
    }
}
