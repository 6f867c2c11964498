import Foundation
import GRDB

/// One end-of-day comparison of the hub's approved payments with the terminal's totals. A
/// difference is flagged, never corrected: staff compare the receipts.
public struct PaymentReconciliation: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var closedAt: Date
    public var since: Date?
    public var hubCount: Int
    public var hubAmountCents: Int
    public var terminalCount: Int
    public var terminalAmountCents: Int
    public var matches: Bool
    public var closedBy: String

    public static let databaseTableName = "payment_reconciliation"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
