import Foundation
import GRDB

/// A resident the hub delivers to. The kiosk shows only `greetingName`, never the full record.
public struct Resident: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    /// The number suppliers put on their manifests, e.g. a client number.
    public var reference: String?
    public var name: String
    public var street: String
    public var houseNumber: String
    public var postcode: String
    public var town: String
    public var phone: String?
    public var remarks: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// Set when the resident was erased: the row then holds only its number, for the payment
    /// records that must be kept.
    public var erasedAt: Date?

    public static let databaseTableName = "resident"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var address: Address {
        Address(street: street, houseNumber: houseNumber, postcode: postcode, town: town)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
