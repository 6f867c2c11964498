import Foundation
import GRDB

/// The cached current state of one loan unit; the ledger is the history, this is the answer
/// to "where is rollator 12345 now" without reading it.
public struct StockUnit: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var articleId: Int64
    public var serial: String
    public var state: UnitState
    public var updatedAt: Date

    public init(id: Int64? = nil, articleId: Int64, serial: String, state: UnitState, updatedAt: Date) {
        self.id = id
        self.articleId = articleId
        self.serial = serial
        self.state = state
        self.updatedAt = updatedAt
    }

    public static let databaseTableName = "stock_unit"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
