import Foundation
import GRDB

/// One change of a resident's prepaid credit. The balance is the sum of these rows, never a
/// stored number, so a deduction and its service use can only exist together.
public struct CreditMovement: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let topUpReason = "top-up"
    public static let serviceReason = "service"

    public var id: Int64?
    public var residentId: Int64
    /// Positive for a top-up, negative for a deduction.
    public var amountCents: Int
    public var serviceUseId: Int64?
    /// `top-up` or `service`.
    public var reason: String
    public var at: Date
    /// The staff member who topped up; `nil` for a deduction at the kiosk.
    public var by: String?

    public static let databaseTableName = "credit_movement"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var amount: Cents { Cents(amountCents) }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
