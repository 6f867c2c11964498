import Foundation
import GRDB

/// One parcel dropped at the hub, from its scan to its delivery outcome.
public struct Parcel: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var barcode: String
    public var supplierId: String
    public var receivedAt: Date
    public var receivedOn: LocalDay
    public var device: String
    /// Who was logged in at the console when it was scanned.
    public var receivedBy: String?
    public var residentId: Int64?
    public var assignedAt: Date?
    public var assignedBy: String?
    public var coldChain: Bool
    public var medication: Bool
    /// Cold-chain parcels must be handed over before this time.
    public var deadlineAt: Date?
    public var outcome: DeliveryOutcome?
    public var outcomeAt: Date?
    /// The day a final outcome was recorded; open parcels carry over to the next day's list.
    public var closedOn: LocalDay?
    public var attempts: Int

    public static let databaseTableName = "parcel"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var status: ParcelStatus {
        switch outcome {
        case .returned: .returned
        case .some(let outcome) where outcome.isFinal: .delivered
        case .notHome: .notHome
        default: residentId == nil ? .unassigned : .assigned
        }
    }

    public var isOpen: Bool { closedOn == nil }

    public func isOverdue(at now: Date) -> Bool {
        guard isOpen, let deadlineAt else { return false }
        return deadlineAt < now
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
