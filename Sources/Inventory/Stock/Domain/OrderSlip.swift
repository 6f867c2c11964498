import Foundation
import GRDB

/// What the hub asks Vegro's van to bring, stored so the delivery can be checked against it.
public struct OrderSlip: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var createdAt: Date
    public var createdBy: String
    public var receivedAt: Date?

    public static let databaseTableName = "order_slip"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// An article below its minimum and how many bring it back to target.
public struct ReorderLine: Sendable, Equatable, Codable {
    public var articleId: Int64
    public var articleNumber: String
    public var articleName: String
    public var inStock: Int
    public var minimumLevel: Int
    public var targetLevel: Int
    public var quantity: Int

    public init(articleId: Int64, articleNumber: String, articleName: String, inStock: Int, minimumLevel: Int, targetLevel: Int, quantity: Int) {
        self.articleId = articleId
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.inStock = inStock
        self.minimumLevel = minimumLevel
        self.targetLevel = targetLevel
        self.quantity = quantity
    }
}

/// A stored slip with its lines.
public struct OrderSlipView: Sendable, Equatable, Codable {
    public var slip: OrderSlip
    public var lines: [ReorderLine]

    public init(slip: OrderSlip, lines: [ReorderLine]) {
        self.slip = slip
        self.lines = lines
    }
}

/// The van's delivery against the last slip, shown before anything is booked.
public struct VanComparison: Sendable, Equatable, Codable {
    public struct Line: Sendable, Equatable, Codable {
        public var articleId: Int64
        public var articleNumber: String
        public var articleName: String
        public var ordered: Int
        public var scanned: Int
        /// Serials scanned that the hub already knows in a state other than sent back.
        public var unexpectedSerials: [String]

        public init(articleId: Int64, articleNumber: String, articleName: String, ordered: Int, scanned: Int, unexpectedSerials: [String]) {
            self.articleId = articleId
            self.articleNumber = articleNumber
            self.articleName = articleName
            self.ordered = ordered
            self.scanned = scanned
            self.unexpectedSerials = unexpectedSerials
        }
    }

    public var orderSlipId: Int64?
    /// Ordered, not (all) scanned.
    public var missing: [Line]
    /// Scanned more than ordered.
    public var extra: [Line]
    /// Not on the slip at all, or a serial the hub did not expect.
    public var unexpected: [Line]

    public init(orderSlipId: Int64?, missing: [Line], extra: [Line], unexpected: [Line]) {
        self.orderSlipId = orderSlipId
        self.missing = missing
        self.extra = extra
        self.unexpected = unexpected
    }

    public var matches: Bool { missing.isEmpty && extra.isEmpty && unexpected.isEmpty }
}
