import Foundation
import GRDB

/// One recorded outcome; a parcel may have several (not home, then contact the next day).
public struct DeliveryAttempt: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var parcelId: Int64
    public var outcome: DeliveryOutcome
    public var recordedAt: Date
    public var recordedBy: String?
    /// Roughly how long the contact at the door took; only with a contact outcome.
    public var contactMinutes: ContactMinutes? = nil

    public static let databaseTableName = "delivery_attempt"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
