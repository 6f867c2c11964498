import Foundation
import GRDB

/// The hub's side of the sync with central: what waits, what central has, and the epoch that
/// keeps sequence numbers unique when a hub is restored or cloned.
public struct OutboxStore: Sendable {
    /// What `kiosk status` shows of the outbox.
    public struct Backlog: Sendable, Equatable {
        public var waiting: Int
        public var oldestWaiting: String?
        public var lastUploadedAt: Date?
        public var epoch: String
        public var nextSeq: Int64
    }

    /// The hub's current epoch and the sequence number its next event gets.
    public struct Position: Sendable, Equatable {
        public var epoch: String
        public var nextSeq: Int64
    }

    let database: HubDatabase

    public init(database: HubDatabase) {
        self.database = database
    }

    /// Up to `limit` events central has not committed, oldest first.
    public func waiting(limit: Int) async throws -> [OutboxEvent] {
        try await database.pool.read { try OutboxEvent.all().waiting().limit(limit).fetchAll($0) }
    }

    /// Marks `events` as committed by central. Called only after central's commit returned.
    public func markUploaded(_ events: [OutboxEvent], at time: Date) async throws {
        guard let last = events.map(\.seq).max(), let first = events.map(\.seq).min() else { return }
        try await database.pool.write { db in
            try OutboxEvent
                .filter(OutboxEvent.Columns.seq >= first && OutboxEvent.Columns.seq <= last)
                .filter(OutboxEvent.Columns.uploadedAt == nil)
                .updateAll(db, OutboxEvent.Columns.uploadedAt.set(to: time))
        }
    }

    /// Events central has not committed: one count, for the uploader between batches.
    public func waitingCount() async throws -> Int {
        try await database.pool.read { try OutboxEvent.all().waiting().fetchCount($0) }
    }

    public func backlog() async throws -> Backlog {
        try await database.pool.read { db in
            let position = try Self.position(db)
            let waiting = try OutboxEvent.all().waiting().fetchCount(db)
            let oldest = try String.fetchOne(db, sql: "SELECT hub_time FROM outbox WHERE uploaded_at IS NULL ORDER BY seq LIMIT 1")
            let last = try Date.fetchOne(db, sql: "SELECT max(uploaded_at) FROM outbox")
            return Backlog(waiting: waiting, oldestWaiting: oldest, lastUploadedAt: last, epoch: position.epoch, nextSeq: position.nextSeq)
        }
    }

    public func position() async throws -> Position {
        try await database.pool.read(Self.position)
    }

    static func position(_ db: Database) throws -> Position {
        let epoch = try String.fetchOne(db, sql: "SELECT epoch FROM outbox_epoch") ?? ""
        let next = (try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) + 1 FROM outbox") ?? 1)
        return Position(epoch: epoch, nextSeq: next)
    }

    /// Starts a new epoch whose first event comes after both the hub's own last number and
    /// `centralLast`, the highest number central holds from this hub. Called when the hub's
    /// history has forked from central's (a restored backup, a cloned card): its next numbers
    /// would otherwise repeat ones central holds with other contents. The first event of the
    /// epoch says so (`epoch.started`); every event central has not committed moves into the new
    /// epoch with new numbers and hashes, in its old order, so nothing is lost and nothing is
    /// sent under a number central may hold differently.
    @discardableResult
    public func startEpoch(reason: String, centralLast: Int64, now: Date) async throws -> Position {
        try await database.pool.write { db in
            let previous = try Self.position(db)
            let epoch = try String.fetchOne(db, sql: "SELECT lower(hex(randomblob(16)))") ?? UUID().uuidString
            try db.execute(sql: "UPDATE outbox_epoch SET epoch = ?, started_at = ?, reason = ?", arguments: [epoch, now, reason])
            let seq = max(previous.nextSeq, centralLast + 1)
            let payload = try String.fetchOne(db, sql: "SELECT json_object('previous', ?, 'reason', ?, 'central_last', ?)",
                                              arguments: [previous.epoch, reason, centralLast]) ?? "{}"
            try db.execute(sql: """
                INSERT INTO outbox (seq, epoch, kind, payload_version, payload, hub_time, clock_synced, hash)
                SELECT :seq, :epoch, 'epoch.started', :version, :payload, t.now, \(OutboxFunctions.clockSynced)(),
                       \(OutboxFunctions.hash)(:epoch, :seq, 'epoch.started', :version, :payload, t.now)
                FROM (SELECT \(OutboxFunctions.now)() AS now) t
                """, arguments: ["seq": seq, "epoch": epoch, "version": OutboxTrigger.payloadVersion, "payload": payload])
            try Self.moveWaiting(into: epoch, after: seq, db)
            return try Self.position(db)
        }
    }

    private static func moveWaiting(into epoch: String, after seq: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO outbox (seq, epoch, kind, payload_version, payload, hub_time, clock_synced, hash)
            SELECT m.seq, :epoch, m.kind, m.payload_version, m.payload, m.hub_time, m.clock_synced,
                   \(OutboxFunctions.hash)(:epoch, m.seq, m.kind, m.payload_version, m.payload, m.hub_time)
            FROM (SELECT :after + row_number() OVER (ORDER BY seq) AS seq, kind, payload_version, payload, hub_time, clock_synced
                  FROM outbox WHERE uploaded_at IS NULL AND epoch <> :epoch) m
            ORDER BY m.seq
            """, arguments: ["epoch": epoch, "after": seq])
        try db.execute(sql: "DELETE FROM outbox WHERE uploaded_at IS NULL AND epoch <> ?", arguments: [epoch])
    }

    /// The highest number central has committed in each epoch, as this hub recorded it.
    public func uploadedThrough() async throws -> [String: Int64] {
        try await database.pool.read { db in
            var highest: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT epoch, max(seq) FROM outbox WHERE uploaded_at IS NOT NULL GROUP BY epoch") {
                highest[row[0]] = row[1]
            }
            return highest
        }
    }

    /// Central lost what it had committed after `seq` in `epoch` (restored from an older dump):
    /// those events wait again. Returns how many.
    @discardableResult
    public func resend(epoch: String, after seq: Int64) async throws -> Int {
        try await database.pool.write { db in
            try OutboxEvent
                .filter(OutboxEvent.Columns.epoch == epoch && OutboxEvent.Columns.seq > seq)
                .filter(OutboxEvent.Columns.uploadedAt != nil)
                .updateAll(db, OutboxEvent.Columns.uploadedAt.set(to: nil))
        }
    }

    /// Waiting events of `epoch` numbered up to `seq`: those central may already hold.
    public func waiting(epoch: String, through seq: Int64) async throws -> [OutboxEvent] {
        try await database.pool.read { db in
            try OutboxEvent.all().waiting()
                .filter(OutboxEvent.Columns.epoch == epoch && OutboxEvent.Columns.seq <= seq)
                .fetchAll(db)
        }
    }

    /// Deletes events central committed before `cutoff`, but never the newest event, whose
    /// number the next one continues from.
    @discardableResult
    public func purge(uploadedBefore cutoff: Date) async throws -> Int {
        try await database.pool.write { db in
            try db.execute(sql: """
                DELETE FROM outbox WHERE uploaded_at IS NOT NULL AND uploaded_at < ?
                  AND seq < (SELECT max(seq) FROM outbox)
                """, arguments: [cutoff])
            return db.changesCount
        }
    }
}
