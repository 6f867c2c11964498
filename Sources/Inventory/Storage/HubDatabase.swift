import Foundation
import GRDB
import Logging
import Synchronization

/// The hub's one SQLite file: WAL through a `DatabasePool`, every commit fsynced (`synchronous=FULL`),
/// because an acknowledged scan, tap or payment must survive a power cut.
public final class HubDatabase: Sendable {
    public struct StartupError: Error, CustomStringConvertible {
        public var description: String
    }

    /// A write the disk refused since hubd started, and when.
    public struct RefusedWrite: Sendable, Equatable {
        public var message: String
        public var at: Date
    }

    public let pool: DatabasePool
    public let path: String
    let refusals = Mutex<RefusedWrite?>(nil)

    /// `key` keys the audit chain and the residents' pseudonyms; hubd always passes the hub's. Without one (benchmarks, tests)
    /// the chain is still checked, but anyone could recompute it. `walAutocheckpointPages` is for
    /// crash tests only: a few pages instead of SQLite's 1000 make checkpoints happen every few
    /// commits, so random kills land inside them. `clock` stamps outbox events.
    /// `statementTrace`, for the query-plan tests only, receives each statement as run, with its
    /// arguments written in, so the test can ask SQLite how it ran exactly that.
    public init(
        path: String, logger: Logger, key: HubKey? = nil, clock: OutboxClock = .unvouched, shareAddressPseudonyms: Bool = false,
        walAutocheckpointPages: Int? = nil, statementTrace: (@Sendable (String) -> Void)? = nil
    ) throws {
        var configuration = Configuration()
        if let statementTrace {
            configuration.publicStatementArguments = true
            configuration.prepareDatabase { db in
                db.trace(options: .statement) { event in statementTrace(event.expandedDescription) }
            }
        }
        let chain = AuditChain(hubKey: key).function
        let outbox = OutboxFunctions(hubKey: key, clock: clock, shareAddressPseudonyms: shareAddressPseudonyms).all
        configuration.prepareDatabase { db in
            db.add(function: chain)
            outbox.forEach(db.add(function:))
            // Freed space is zeroed, so an erased name is not left in the file (PrivacyStore).
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "hub"
        if let pages = walAutocheckpointPages {
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }
        }
        self.path = path
        self.pool = try DatabasePool(path: path, configuration: configuration)
        try Self.enforceFullSynchronous(pool)
        try Self.migrator.migrate(pool)
        try pool.write { try Self.applySharing(addresses: shareAddressPseudonyms, $0) }
        if let key {
            try pool.write { try HubIdentity.claim($0, key: key, now: Date()) }
        }
        logger.info("database open", metadata: ["path": "\(path)", "synchronous": "FULL", "journal": "WAL"])
    }

    /// `DatabasePool` resets `synchronous` to NORMAL while it opens, which would lose the last
    /// commits on power loss; set FULL afterwards and refuse to run unless it reads back 2.
    static func enforceFullSynchronous(_ pool: DatabasePool) throws {
        let level = try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            return try Int.fetchOne(db, sql: "PRAGMA synchronous")
        }
        guard level == 2 else {
            throw StartupError(description: "PRAGMA synchronous reads back \(level.map(String.init) ?? "nothing"), not 2 (FULL): refusing to acknowledge scans that a power cut could lose")
        }
    }

    public func synchronousLevel() throws -> Int? {
        try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
    }

    public func integrityCheck() throws -> String {
        try pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}

extension HubDatabase {
    /// Takes the writer's turn and gives it back without writing: answers only while no write is
    /// stuck, which is what hubd's systemd watchdog needs to know.
    public func probeWriter() async throws {
        try await pool.writeWithoutTransaction { _ in }
    }
}

extension HubDatabase {
    /// A write transaction whose `BEGIN IMMEDIATE` and `COMMIT` are prepared once per connection.
    /// GRDB's `write` parses both anew on every call, the only SQL an intake scan still compiled
    /// (issue 16: a `perf probe` on `sqlite3_prepare_v3` saw nothing else). For the paths that run
    /// once per scan or tap; the rest keep `pool.write`. The same rules as `write`: the body sees
    /// one transaction, and an error, the commit's included, rolls it back and is rethrown.
    public func writeInPreparedTransaction<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.writeWithoutTransaction { db in
            try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
            do {
                let value = try updates(db)
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                return value
            } catch {
                if db.isInsideTransaction { try? db.rollback() }
                throw error
            }
        }
    }
}
