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

    public enum Columns {
        public static let id = Column("id")
        public static let barcode = Column("barcode")
        public static let supplierId = Column("supplier_id")
        public static let receivedAt = Column("received_at")
        public static let receivedOn = Column("received_on")
        public static let device = Column("device")
        public static let receivedBy = Column("received_by")
        public static let residentId = Column("resident_id")
        public static let assignedAt = Column("assigned_at")
        public static let assignedBy = Column("assigned_by")
        public static let coldChain = Column("cold_chain")
        public static let medication = Column("medication")
        public static let deadlineAt = Column("deadline_at")
        public static let outcome = Column("outcome")
        public static let outcomeAt = Column("outcome_at")
        public static let closedOn = Column("closed_on")
        public static let attempts = Column("attempts")
    }

    /// Written by hand: the `Encodable` path converted each key to snake case on every write
    /// (issue 16 measured it at 6 % of a scan's CPU before the intake insert got its own
    /// statement, `ParcelStore.insertScanned`). Outcomes and assignments still write through it.
    public func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.barcode] = barcode
        container[Columns.supplierId] = supplierId
        container[Columns.receivedAt] = receivedAt
        container[Columns.receivedOn] = receivedOn
        container[Columns.device] = device
        container[Columns.receivedBy] = receivedBy
        container[Columns.residentId] = residentId
        container[Columns.assignedAt] = assignedAt
        container[Columns.assignedBy] = assignedBy
        container[Columns.coldChain] = coldChain
        container[Columns.medication] = medication
        container[Columns.deadlineAt] = deadlineAt
        container[Columns.outcome] = outcome
        container[Columns.outcomeAt] = outcomeAt
        container[Columns.closedOn] = closedOn
        container[Columns.attempts] = attempts
    }
}
