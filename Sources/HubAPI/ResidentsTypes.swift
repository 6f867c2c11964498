import Foundation

/// A resident the hub delivers to. The kiosk shows only `greetingName`, never the full record.
public struct Resident: Codable, Sendable, Equatable {
    public var id: Int64?
    /// The number suppliers put on their manifests, e.g. a client number.
    public var reference: String?
    public var name: String
    public var street: String
    public var houseNumber: String
    public var postcode: String
    public var town: String
    public var phone: String?
    public var remarks: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64?, reference: String?, name: String, street: String, houseNumber: String, postcode: String, town: String,
        phone: String?, remarks: String?, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.reference = reference
        self.name = name
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.town = town
        self.phone = phone
        self.remarks = remarks
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// The editable fields of a resident; `nil` means "leave as it is" on edit and "missing" on add.
public struct ResidentFields: Codable, Sendable, Equatable {
    public var reference: String?
    public var name: String?
    public var street: String?
    public var houseNumber: String?
    public var postcode: String?
    public var town: String?
    public var phone: String?
    public var remarks: String?

    public init(
        reference: String? = nil, name: String? = nil, street: String? = nil, houseNumber: String? = nil,
        postcode: String? = nil, town: String? = nil, phone: String? = nil, remarks: String? = nil
    ) {
        self.reference = reference
        self.name = name
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.town = town
        self.phone = phone
        self.remarks = remarks
    }
}

/// A resident's contact history as staff read it: who, their credit, and what happened, newest first.
public struct ResidentTimelineView: Codable, Sendable, Equatable {
    public var residentId: Int64
    public var residentName: String
    public var creditCents: Int
    public var entries: [TimelineEntry]

    public init(residentId: Int64, residentName: String, creditCents: Int, entries: [TimelineEntry]) {
        self.residentId = residentId
        self.residentName = residentName
        self.creditCents = creditCents
        self.entries = entries
    }
}

/// One line of a resident's contact history: a ride, a chore, a visit, a parcel, a credit top-up
/// or a pass change, newest first.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var time: Date
    /// `ride`, `chore`, `activity`, `parcel`, `credit`, `pass`, `proxy`.
    public var kind: String
    public var text: LocalizedText

    public init(time: Date, kind: String, text: LocalizedText) {
        self.time = time
        self.kind = kind
        self.text = text
    }
}

/// A *mantelzorger*: someone who may act for a resident within a scope, until a date.
public struct Proxy: Codable, Sendable, Equatable {
    public var id: Int64?
    public var residentId: Int64
    public var name: String
    /// Comma-separated `Scope` raw values, e.g. "parcels,rides".
    public var scopes: String
    public var expiresOn: LocalDay
    public var createdAt: Date
    public var createdBy: String?

    public init(
        id: Int64?, residentId: Int64, name: String, scopes: String, expiresOn: LocalDay, createdAt: Date, createdBy: String?
    ) {
        self.id = id
        self.residentId = residentId
        self.name = name
        self.scopes = scopes
        self.expiresOn = expiresOn
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

extension Proxy {
    public enum Scope: String, Codable, Sendable, CaseIterable {
        case parcels
        case medication
        case aids
        case rides
    }
}

/// A Dutch street address, split the way route planners import stops.
public struct Address: Codable, Sendable, Equatable {
    public var street: String
    public var houseNumber: String
    public var postcode: String
    public var town: String

    public init(street: String, houseNumber: String, postcode: String, town: String) {
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.town = town
    }
}

/// One row of the audit trail: who did or looked at what, and when.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: Date
    public var staffId: Int64?
    public var staffName: String
    /// A dotted verb, e.g. `resident.view`, `pass.enroll`, `service.add`.
    public var action: String
    public var residentId: Int64?
    /// What the action was about, e.g. a pass number or a service code; never a card UID.
    public var subject: String?

    public init(
        id: Int64, at: Date, staffId: Int64?, staffName: String, action: String, residentId: Int64?, subject: String?
    ) {
        self.id = id
        self.at = at
        self.staffId = staffId
        self.staffName = staffName
        self.action = action
        self.residentId = residentId
        self.subject = subject
    }
}

/// A pass bound to a resident or to a staff member. Staff refer to it by its number (`id`);
/// a lost pass is blocked, and a replacement is a new pass for the same person.
public struct PassRecord: Codable, Sendable, Equatable {
    public var id: Int64
    public var residentId: Int64?
    public var staffId: Int64?
    public var enrolledAt: Date
    public var enrolledBy: String?
    public var blockedAt: Date?
    public var blockedBy: String?
    public var blockReason: String?

    public init(
        id: Int64, residentId: Int64?, staffId: Int64?, enrolledAt: Date, enrolledBy: String?, blockedAt: Date?,
        blockedBy: String?, blockReason: String?
    ) {
        self.id = id
        self.residentId = residentId
        self.staffId = staffId
        self.enrolledAt = enrolledAt
        self.enrolledBy = enrolledBy
        self.blockedAt = blockedAt
        self.blockedBy = blockedBy
        self.blockReason = blockReason
    }
}

/// One resident's passes as staff see them: the current pass and every replaced or blocked one,
/// because a lost pass's history stays with the resident.
public struct ResidentPasses: Codable, Sendable, Equatable {
    public var residentId: Int64
    public var residentName: String
    /// Newest first.
    public var passes: [PassRecord]

    public init(residentId: Int64, residentName: String, passes: [PassRecord]) {
        self.residentId = residentId
        self.residentName = residentName
        self.passes = passes
    }
}

/// A member of staff who may enter staff mode: a staff pass plus a PIN. The PIN's hash stays
/// in the store and never leaves it.
public struct StaffMember: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var active: Bool
    public var createdAt: Date

    public init(id: Int64, name: String, active: Bool, createdAt: Date) {
        self.id = id
        self.name = name
        self.active = active
        self.createdAt = createdAt
    }
}

public struct StaffSession: Codable, Sendable, Equatable {
    public var staffName: String
    public var since: Date

    public init(staffName: String, since: Date) {
        self.staffName = staffName
        self.since = since
    }
}

/// A tap staff should know about (an unknown pass), without the card's UID: a UID is a key to
/// a resident's records and is never shown or logged.
public struct PassTapNotice: Codable, Sendable, Equatable {
    public var device: String
    public var time: Date
    public var message: String

    public init(device: String, time: Date, message: String) {
        self.device = device
        self.time = time
        self.message = message
    }
}

extension Proxy {
    /// `scopes` is comma-separated on the wire, as stored.
    public var scopeList: [Scope] { scopes.split(separator: ",").compactMap { Scope(rawValue: String($0)) } }
}

extension Resident {
    public var address: Address {
        Address(street: street, houseNumber: houseNumber, postcode: postcode, town: town)
    }
}

extension Address {
    /// "Dorpsstraat 12a, 9999 AB Buurdorp".
    public var singleLine: String { "\(street) \(houseNumber), \(postcode) \(town)" }
}

extension PassRecord {
    public var isBlocked: Bool { blockedAt != nil }
}

/// `kiosk audit verify`: whether every audit row still links to the one before it.
public struct AuditVerification: Codable, Sendable, Equatable {
    public struct BrokenLink: Codable, Sendable, Equatable {
        public var id: Int64
        public var at: String
        public var lastIntactId: Int64?

        public init(id: Int64, at: String, lastIntactId: Int64?) {
            self.id = id
            self.at = at
            self.lastIntactId = lastIntactId
        }
    }

    public var rows: Int
    public var brokenLinks: Int
    public var firstBroken: BrokenLink?
    public var head: String?

    public init(rows: Int, brokenLinks: Int, firstBroken: BrokenLink?, head: String?) {
        self.rows = rows
        self.brokenLinks = brokenLinks
        self.firstBroken = firstBroken
        self.head = head
    }
}
