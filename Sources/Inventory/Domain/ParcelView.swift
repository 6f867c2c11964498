import Foundation

/// A parcel as staff see it: with its supplier's and resident's names resolved.
public struct ParcelView: Sendable, Equatable, Codable {
    public struct ResidentRef: Sendable, Equatable, Codable {
        public var id: Int64
        public var name: String
        public var address: Address
    }

    public var barcode: String
    public var supplierId: String
    public var supplierName: String
    public var receivedAt: Date
    public var receivedOn: LocalDay
    public var device: String
    public var receivedBy: String?
    public var resident: ResidentRef?
    public var status: ParcelStatus
    public var coldChain: Bool
    public var medication: Bool
    public var deadlineAt: Date?
    public var overdue: Bool
    public var outcome: DeliveryOutcome?
    public var outcomeAt: Date?
    public var attempts: Int

    public init(parcel: Parcel, supplierName: String, resident: Resident?, now: Date) {
        barcode = parcel.barcode
        supplierId = parcel.supplierId
        self.supplierName = supplierName
        receivedAt = parcel.receivedAt
        receivedOn = parcel.receivedOn
        device = parcel.device
        receivedBy = parcel.receivedBy
        self.resident = resident.flatMap { r in r.id.map { ResidentRef(id: $0, name: r.name, address: r.address) } }
        status = parcel.status
        coldChain = parcel.coldChain
        medication = parcel.medication
        deadlineAt = parcel.deadlineAt
        overdue = parcel.isOverdue(at: now)
        outcome = parcel.outcome
        outcomeAt = parcel.outcomeAt
        attempts = parcel.attempts
    }
}
