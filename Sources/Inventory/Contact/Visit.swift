import Foundation
import GRDB

/// A visit without a delivery (issue 18): a follow-up of a signal, a chat or a help request,
/// with the minutes spent inside.
public struct Visit: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var residentId: Int64
    public var reason: VisitReason
    public var minutes: Int
    public var signalId: Int64?
    public var visitedAt: Date
    public var visitedOn: LocalDay
    public var recordedBy: String

    public static let databaseTableName = "visit"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A resident who gets deliveries but has had no personal contact lately: only letterbox or
/// neighbour hand-overs, no contact at the door and no visit (issue 18, point 5).
public struct QuietResident: Sendable, Equatable {
    public var residentId: Int64
    public var reference: String?
    public var name: String
    public var deliveries: Int
    public var letterbox: Int
    public var lastDeliveryOn: LocalDay
    /// The last contact at the door or visit ever; nil when there never was one.
    public var lastContactOn: LocalDay?
}
