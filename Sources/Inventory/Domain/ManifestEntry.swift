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
}
