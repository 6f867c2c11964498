import Foundation
import GRDB

/// One line of the append-only stock ledger. `delta` is the movement's effect on the shelf, so
/// every level is a sum over the ledger (and the `stock_level` cache the triggers keep).
public struct StockMovement: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var kind: MovementKind
    public var articleId: Int64
    public var serial: String?
    public var batch: String?
    public var expiresOn: LocalDay?
    /// What was scanned or counted, always positive.
    public var quantity: Int
    /// The effect on the shelf: +received, −issued, 0 for a loan unit that comes back dirty.
    public var delta: Int
    public var residentId: Int64?
    public var parcelId: Int64?
    public var loanId: Int64?
    public var orderSlipId: Int64?
    /// The movement this one corrects, if it is a reversal.
    public var reversesId: Int64?
    /// Who signed off the cleaning and inspection, for `cleaned`.
    public var inspector: String?
    /// Why, for write-offs and stocktake adjustments.
    public var reason: String?
    public var actorId: Int64?
    public var actorName: String
    public var device: String?
    public var at: Date
    public var bookedOn: LocalDay

    public static let databaseTableName = "movement"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
