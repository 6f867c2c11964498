import Foundation

/// A parcel as staff see it: with its supplier's and resident's names resolved.
public struct ParcelView: Codable, Sendable, Equatable {
    /// The supplier id of a parcel no supplier pattern matched.
    public static let unknownSupplierID = "unknown"

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

    public init(
        barcode: String, supplierId: String, supplierName: String, receivedAt: Date, receivedOn: LocalDay, device: String,
        receivedBy: String?, resident: ResidentRef?, status: ParcelStatus, coldChain: Bool, medication: Bool, deadlineAt: Date?,
        overdue: Bool, outcome: DeliveryOutcome?, outcomeAt: Date?, attempts: Int
    ) {
        self.barcode = barcode
        self.supplierId = supplierId
        self.supplierName = supplierName
        self.receivedAt = receivedAt
        self.receivedOn = receivedOn
        self.device = device
        self.receivedBy = receivedBy
        self.resident = resident
        self.status = status
        self.coldChain = coldChain
        self.medication = medication
        self.deadlineAt = deadlineAt
        self.overdue = overdue
        self.outcome = outcome
        self.outcomeAt = outcomeAt
        self.attempts = attempts
    }
}

extension ParcelView {
    public struct ResidentRef: Codable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var address: Address

        public init(id: Int64, name: String, address: Address) {
            self.id = id
            self.name = name
            self.address = address
        }
    }
}

/// Where a parcel stands; derived from its assignment and its latest delivery attempt.
public enum ParcelStatus: String, Codable, Sendable, CaseIterable {
    case unassigned
    case assigned
    case notHome = "not-home"
    case delivered
    case returned
}

/// How a delivery attempt ended on the round.
public enum DeliveryOutcome: String, Codable, Sendable, CaseIterable {
    /// Handed over in person: a contact moment, which is the point of the round.
    case contact
    case letterbox
    case neighbour
    /// Nobody home: the parcel goes back on the next day's list.
    case notHome = "not-home"
    case returned
}

/// The day's round: one stop per address, and the parcels that still need a resident.
public struct DayList: Codable, Sendable, Equatable {
    public var day: LocalDay
    public var stops: [Stop]
    public var unassigned: [ParcelView]

    public init(day: LocalDay, stops: [Stop], unassigned: [ParcelView]) {
        self.day = day
        self.stops = stops
        self.unassigned = unassigned
    }
}

/// One address on the round, with everything to hand over there and what the driver must know.
public struct Stop: Codable, Sendable, Equatable {
    public var address: Address
    public var residentNames: [String]
    public var parcels: [ParcelView]
    public var remarks: [LocalizedText]
    /// Parcels still to hand over here, counted by hubd so the list and the CSV agree.
    public var parcelCount: Int

    public init(address: Address, residentNames: [String], parcels: [ParcelView], remarks: [LocalizedText], parcelCount: Int) {
        self.address = address
        self.residentNames = residentNames
        self.parcels = parcels
        self.remarks = remarks
        self.parcelCount = parcelCount
    }
}

public struct ManifestImportResult: Codable, Sendable, Equatable {
    public var loaded: Int
    public var alreadyKnown: Int
    public var assignedNow: Int
    public var errors: [ManifestRowError]

    public init(loaded: Int, alreadyKnown: Int, assignedNow: Int, errors: [ManifestRowError]) {
        self.loaded = loaded
        self.alreadyKnown = alreadyKnown
        self.assignedNow = assignedNow
        self.errors = errors
    }
}

/// A manifest row that did not load; the rest of the file still does.
public struct ManifestRowError: Codable, Sendable, Equatable {
    public var line: Int
    public var message: LocalizedText

    public init(line: Int, message: LocalizedText) {
        self.line = line
        self.message = message
    }
}
