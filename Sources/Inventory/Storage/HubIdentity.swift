import Crypto
import Foundation
import GRDB

/// Which hub a database belongs to: a random id made on its first start, and a fingerprint of
/// the hub key it was made with. A database opened with another hub's key would find no pass
/// and break the audit chain, so hubd refuses it; a restore compares the same two values.
public struct HubIdentity: Sendable, Equatable, Codable {
    public var hubID: String
    /// Hex; it reveals nothing of the key.
    public var keyFingerprint: String

    static func read(_ db: Database) throws -> HubIdentity? {
        guard let row = try Row.fetchOne(db, sql: "SELECT hub_id, key_fingerprint FROM hub_identity") else { return nil }
        return HubIdentity(hubID: row["hub_id"], keyFingerprint: row["key_fingerprint"])
    }

    /// Writes the identity on the first start with a key, or checks it on every later one.
    static func claim(_ db: Database, key: HubKey, now: Date) throws {
        let fingerprint = key.fingerprint
        if let existing = try read(db) {
            guard existing.keyFingerprint == fingerprint else {
                throw HubDatabase.StartupError(description: """
                    this database belongs to another hub key (fingerprint \(existing.keyFingerprint), the key file's is \(fingerprint)) \
                    — put back this hub's own hub.key, or restore this hub's own backup with `hubd restore`
                    """)
            }
            return
        }
        try db.execute(
            sql: "INSERT INTO hub_identity (singleton, hub_id, key_fingerprint, created_at) VALUES (1, ?, ?, ?)",
            arguments: [UUID().uuidString.lowercased(), fingerprint, now]
        )
    }
}

extension HubKey {
    /// A one-way fingerprint, so a backup can say which key it needs without carrying it.
    public var fingerprint: String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("buurhub key fingerprint v1".utf8), using: key)
        return OutboxFunctions.hex(Data(mac).prefix(8))
    }
}

extension HubDatabase {
    public func identity() throws -> HubIdentity? {
        try pool.read { try HubIdentity.read($0) }
    }

    static func createHubIdentity(_ db: Database) throws {
        try db.create(table: "hub_identity") { t in
            t.column("singleton", .integer).primaryKey().check(sql: "singleton = 1")
            t.column("hub_id", .text).notNull()
            t.column("key_fingerprint", .text).notNull()
            t.column("created_at", .datetime).notNull()
        }
    }
}
