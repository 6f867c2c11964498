import Foundation
import GRDB

/// One attempt to charge an amount on the card terminal for a reference (a ride, a service
/// use, a purchase). A declined or aborted attempt frees the reference for a new attempt; an
/// approved one answers every later request for the same reference.
public struct Payment: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var reference: String
    public var amountCents: Int
    public var status: PaymentStatus
    /// Approved and confirmed: the terminal finished the transaction, or recovery found it in
    /// the terminal's record. An approval not yet completed is re-checked after a restart.
    public var completed: Bool
    public var serviceUseId: Int64?
    public var terminal: String
    public var requestedBy: String
    public var createdAt: Date
    public var createdOn: LocalDay
    public var sentAt: Date?
    public var finishedAt: Date?
    public var resultCode: Int?
    public var reason: String?
    public var receiptNumber: Int?
    public var trace: Int?
    public var terminalId: String?
    public var maskedPan: String?
    public var cardName: String?
    public var recovered: Bool

    public static let databaseTableName = "payment"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var amount: Cents { Cents(amountCents) }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
