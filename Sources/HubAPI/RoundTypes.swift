import Foundation

/// A tablet fetches the day's round with its staff member's PIN: the PIN also locks the copy
/// the tablet keeps, so the hub checks it first (issue 18, point 1).
public struct RoundFetchRequest: Codable, Sendable, Equatable {
    public var pin: String

    public init(pin: String) {
        self.pin = pin
    }
}

/// The round as the tablet holds it: stops in route order, for each its street and number,
/// its open parcels, its remarks and who lives there as a first name and an initial.
public struct RoundView: Codable, Sendable, Equatable {
    public var day: String
    public var issuedAt: Date
    /// The number this device's next entry takes.
    public var nextSeq: Int64
    public var stops: [RoundStopView]

    public init(day: String, issuedAt: Date, nextSeq: Int64, stops: [RoundStopView]) {
        self.day = day
        self.issuedAt = issuedAt
        self.nextSeq = nextSeq
        self.stops = stops
    }
}

/// One stop: street and number, who lives there, what to hand over, what to mind.
public struct RoundStopView: Codable, Sendable, Equatable {
    public var address: String
    public var residents: [RoundResidentView]
    public var parcels: [RoundParcelView]
    public var remarks: [String]

    public init(address: String, residents: [RoundResidentView], parcels: [RoundParcelView], remarks: [String]) {
        self.address = address
        self.residents = residents
        self.parcels = parcels
        self.remarks = remarks
    }
}

/// A resident as the tablet knows them: a number on this device's round (not the hub's id),
/// and a first name with an initial.
public struct RoundResidentView: Codable, Sendable, Equatable {
    public var ref: Int64
    public var shortName: String

    public init(ref: Int64, shortName: String) {
        self.ref = ref
        self.shortName = shortName
    }
}

/// A parcel still to hand over, by barcode as on its label.
public struct RoundParcelView: Codable, Sendable, Equatable {
    public var barcode: String
    public var supplier: String
    public var residentRef: Int64
    public var medication: Bool
    public var coldChain: Bool
    public var deadlineAt: Date?
    public var retry: Bool

    public init(barcode: String, supplier: String, residentRef: Int64, medication: Bool, coldChain: Bool, deadlineAt: Date?, retry: Bool) {
        self.barcode = barcode
        self.supplier = supplier
        self.residentRef = residentRef
        self.medication = medication
        self.coldChain = coldChain
        self.deadlineAt = deadlineAt
        self.retry = retry
    }
}

/// What the tablet queued, numbered by the device from the round's `next_seq` on.
public struct RoundSyncRequest: Codable, Sendable, Equatable {
    public var entries: [RoundEntryView]

    public init(entries: [RoundEntryView]) {
        self.entries = entries
    }
}

/// One queued entry. `kind` says which fields it uses: `outcome` (barcode, outcome, minutes),
/// `visit` (resident, reason, visit_minutes) or `signal` (resident, category, text); `resident`
/// is the resident's `ref` on this round.
public struct RoundEntryView: Codable, Sendable, Equatable {
    public var seq: Int64
    public var at: Date
    public var kind: String
    public var barcode: String?
    public var outcome: String?
    public var minutes: String?
    public var resident: Int64?
    public var reason: String?
    public var visitMinutes: Int?
    public var category: String?
    public var text: String?

    public init(
        seq: Int64, at: Date, kind: String, barcode: String? = nil, outcome: String? = nil, minutes: String? = nil, resident: Int64? = nil,
        reason: String? = nil, visitMinutes: Int? = nil, category: String? = nil, text: String? = nil
    ) {
        self.seq = seq
        self.at = at
        self.kind = kind
        self.barcode = barcode
        self.outcome = outcome
        self.minutes = minutes
        self.resident = resident
        self.reason = reason
        self.visitMinutes = visitMinutes
        self.category = category
        self.text = text
    }
}

/// An answer for every entry sent, those sent before included (`replayed`).
public struct RoundSyncResponse: Codable, Sendable, Equatable {
    public var receipts: [RoundReceiptView]
    public var nextSeq: Int64

    public init(receipts: [RoundReceiptView], nextSeq: Int64) {
        self.receipts = receipts
        self.nextSeq = nextSeq
    }
}

public struct RoundReceiptView: Codable, Sendable, Equatable {
    public var seq: Int64
    /// `applied` or `refused`.
    public var state: String
    public var replayed: Bool
    /// Why it was refused, in Dutch for the concierge and in English for the journal.
    public var message: String?
    public var messageEn: String?

    public init(seq: Int64, state: String, replayed: Bool, message: String?, messageEn: String?) {
        self.seq = seq
        self.state = state
        self.replayed = replayed
        self.message = message
        self.messageEn = messageEn
    }
}
