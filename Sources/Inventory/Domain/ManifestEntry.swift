import Foundation
import GRDB

/// A parcel a supplier announced for a resident before it arrived.
public struct ManifestEntry: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var barcode: String
    public var residentId: Int64
    public var supplierId: String?
    public var source: String
    public var line: Int
    public var importedAt: Date

    public static let databaseTableName = "manifest_entry"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The newest announcement of `barcode`: a later manifest overrides an earlier one. Every
    /// intake scan asks, so the statement is prepared once per connection.
    static func latest(for barcode: String, _ db: Database) throws -> ManifestEntry? {
        try ManifestEntry.fetchOne(db, SQLRequest(
            sql: "SELECT * FROM manifest_entry WHERE barcode = ? ORDER BY imported_at DESC, id DESC LIMIT 1",
            arguments: [barcode], cached: true
        ))
    }
}
