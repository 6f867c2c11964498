import Foundation
import GRDB

/// What a tap's digests found among the stored passes.
enum PassMatch {
    case none
    case one(PassRecord)
    /// A Wiegand-only tap whose 24 bits several enrolled 4-byte cards share: the reader cannot
    /// say which of them it saw, so none is taken. `first` is the oldest, to name a holder.
    case ambiguous(first: PassRecord, count: Int)
}

extension PassStore {
    /// The stored pass that is the same card as `digest` (`PassDigest.matches`). The full
    /// digest wins; otherwise a Wiegand-only tap finds the full 4-byte passes with its bits,
    /// and a full 4-byte tap the Wiegand-only pass with its bits (at most one: the full
    /// digest of a Wiegand-only pass is unique).
    static func match(_ digest: PassDigest, _ db: Database) throws -> PassMatch {
        if let exact = try pass(digest: digest, db) { return .one(exact) }
        guard let wiegand = digest.wiegand else { return .none }
        let candidates = try PassRecord.fetchAll(
            db, sql: "SELECT * FROM pass WHERE wiegand_digest = ? AND wiegand_only = ? ORDER BY id",
            arguments: [wiegand, !digest.isWiegandOnly]
        )
        guard let first = candidates.first else { return .none }
        return candidates.count == 1 ? .one(first) : .ambiguous(first: first, count: candidates.count)
    }

    /// Passes enrolled before the Wiegand digests existed have none, and their UID was never
    /// kept; a tap matching one by its full digest supplies them.
    static func lacksWiegandDigest(_ digest: PassDigest, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT wiegand_only IS NULL FROM pass WHERE digest = ?", arguments: [digest.bytes]) ?? false
    }

    static func storeWiegandDigest(_ digest: PassDigest, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE pass SET wiegand_digest = ?, wiegand_only = ? WHERE digest = ? AND wiegand_only IS NULL",
            arguments: [digest.wiegand, digest.isWiegandOnly, digest.bytes]
        )
    }

    static func insert(_ digest: PassDigest, residentID: Int64?, staffID: Int64?, at time: Date, by enrolledBy: String?, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO pass (digest, wiegand_digest, wiegand_only, resident_id, staff_id, enrolled_at, enrolled_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [digest.bytes, digest.wiegand, digest.isWiegandOnly, residentID, staffID, time, enrolledBy]
        )
        return db.lastInsertedRowID
    }
}
