import Foundation
import GRDB

/// Something a concierge noticed about a resident, followed up until it is closed (issue 18).
public struct Signal: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var residentId: Int64
    public var category: SignalCategory
    public var text: String
    public var owner: SignalOwner
    public var status: SignalStatus
    public var followUpOn: LocalDay?
    public var openedAt: Date
    public var openedBy: String
    public var updatedAt: Date
    public var closedAt: Date?
    public var closedBy: String?
    /// The last hand-over, for the report's count.
    public var handedOverAt: Date? = nil

    public static let databaseTableName = "signal"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public enum Columns {
        static let residentId = Column("resident_id")
        static let status = Column("status")
        static let followUpOn = Column("follow_up_on")
        static let openedAt = Column("opened_at")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Not closed, with a follow-up day that has come.
    public func isDue(today: LocalDay) -> Bool {
        status != .closed && (followUpOn.map { $0 <= today } ?? false)
    }
}

extension DerivableRequest<Signal> {
    func notClosed() -> Self {
        filter(Signal.Columns.status != SignalStatus.closed.rawValue)
    }
}

/// A signal with the resident it is about, as staff see it in the list.
public struct SignalLine: Sendable, Equatable {
    public var signal: Signal
    public var residentReference: String?
    public var residentName: String
    public var due: Bool
}

/// What a receiving party gets at a hand-over, and nothing more: who, where, how to reach them,
/// what was noticed and when, and who at the hub handed it over.
public struct SignalHandOver: Sendable, Equatable {
    public var signalId: Int64
    public var to: SignalOwner
    public var residentName: String
    public var street: String
    public var houseNumber: String
    public var postcode: String
    public var town: String
    public var phone: String?
    public var category: SignalCategory
    public var text: String
    public var noticedOn: LocalDay
    public var followUpOn: LocalDay?
    public var handedOverBy: String
    public var handedOverOn: LocalDay
}
