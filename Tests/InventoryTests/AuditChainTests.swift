import Foundation
import GRDB
import Logging
import Testing
@testable import Inventory

/// Someone with the database file but not the hub key edits the audit trail; `verify` must
/// point at the first row that no longer links.
@Suite struct AuditChainTests {
    static let key = HubKey(bytes: Data(repeating: 7, count: 32))

    /// A hub database with `count` audit rows written the way every store writes them.
    static func trail(_ count: Int, key: HubKey? = key) throws -> (HubDatabase, String) {
        let directory = NSTemporaryDirectory() + "buurhub-audit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let database = try HubDatabase(path: directory + "/hub.sqlite", logger: Logger(label: "test"), key: key)
        let anna = StaffActor(id: 1, name: "Anna")
        try database.pool.write { db in
            for row in 1...count {
                try AuditLog.record(db, at: Date(timeIntervalSince1970: 1_800_000_000 + Double(row)), actor: anna, action: "resident.view", residentID: Int64(row))
            }
        }
        return (database, directory)
    }

    @Test func anUntouchedTrailVerifies() async throws {
        let (database, directory) = try Self.trail(5)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try await AuditLog(database: database).verify()
        #expect(result.rows == 5 && result.isIntact && result.firstBroken == nil)
        #expect(result.head?.count == 16)
    }

    @Test func aChangedRowIsFound() async throws {
        let (database, directory) = try Self.trail(5)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await database.pool.write { try $0.execute(sql: "UPDATE audit SET action = 'resident.list' WHERE id = 3") }
        let result = try await AuditLog(database: database).verify()
        #expect(result.firstBroken?.id == 3)
        #expect(result.firstBroken?.lastIntactID == 2)
        #expect(result.brokenLinks == 1, "only the changed row: the next still links to its stored chain")
    }

    @Test func theNewestLinksAloneAreCheckedWhereAWindowIsAsked() async throws {
        let (database, directory) = try Self.trail(10)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await database.pool.write { try $0.execute(sql: "UPDATE audit SET action = 'resident.list' WHERE id = 3") }
        let window = try await AuditLog(database: database).verify(newest: 4)
        #expect(window.rows == 4 && window.isIntact, "rows 7 to 10 link to their stored predecessors")
        let recent = try await AuditLog(database: database).verify(newest: 8)
        #expect(recent.rows == 8 && recent.firstBroken?.id == 3)
        #expect(try await AuditLog(database: database).verify(newest: 50).rows == 10)
    }

    @Test func aDeletedRowBreaksTheNextLink() async throws {
        let (database, directory) = try Self.trail(5)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await database.pool.write { try $0.execute(sql: "DELETE FROM audit WHERE id = 3") }
        let result = try await AuditLog(database: database).verify()
        #expect(result.rows == 4)
        #expect(result.firstBroken?.id == 4)
        #expect(result.firstBroken?.lastIntactID == 2)
    }

    @Test func aRowInsertedWithoutTheHubKeyIsFound() async throws {
        let (database, directory) = try Self.trail(4)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The forger knows the scheme, opens the file with SQLite and a key of their own (hubd
        // itself would refuse the file under another key) and writes a well-formed row.
        var configuration = Configuration()
        let function = AuditChain(hubKey: HubKey(bytes: Data(repeating: 9, count: 32))).function
        configuration.prepareDatabase { db in
            db.add(function: function)
            OutboxFunctions.silenced.forEach(db.add(function:))
        }
        let forger = try DatabaseQueue(path: directory + "/hub.sqlite", configuration: configuration)
        try await forger.write { db in
            try AuditLog.record(db, at: Date(timeIntervalSince1970: 1_800_000_100), actor: StaffActor(id: 1, name: "Anna"), action: "resident.erase")
        }
        let result = try await AuditLog(database: database).verify()
        #expect(result.firstBroken?.id == 5)
        #expect(result.firstBroken?.lastIntactID == 4)
    }

    @Test func aRowWrittenOutsideHubdHasNoLinkAndIsFound() async throws {
        let (database, directory) = try Self.trail(2)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await database.pool.write { db in
            try db.execute(sql: "INSERT INTO audit (at, staff_name, action) VALUES ('2027-01-01 00:00:00.000', 'Anna', 'resident.view')")
        }
        let result = try await AuditLog(database: database).verify()
        #expect(result.firstBroken?.id == 3)
    }
}

@Suite struct HubIdentityTests {
    @Test func aDatabaseRefusesAnotherHubsKeyAndKeepsItsIdentity() throws {
        let directory = NSTemporaryDirectory() + "buurhub-identity-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/hub.sqlite"
        let own = HubKey(bytes: Data(repeating: 1, count: 32))
        let first = try HubDatabase(path: path, logger: Logger(label: "test"), key: own).identity()
        #expect(first?.keyFingerprint == own.fingerprint)
        #expect(try HubDatabase(path: path, logger: Logger(label: "test"), key: own).identity() == first, "the identity is made once")
        #expect(throws: HubDatabase.StartupError.self) {
            _ = try HubDatabase(path: path, logger: Logger(label: "test"), key: HubKey(bytes: Data(repeating: 2, count: 32)))
        }
    }
}
