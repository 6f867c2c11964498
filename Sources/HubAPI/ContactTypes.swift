import Foundation

/// A signal as staff see it (issue 18): the resident by reference and name, the category,
/// owner and status as the words `kiosk signals` takes.
public struct SignalView: Codable, Sendable, Equatable {
    public var id: Int64
    public var residentReference: String?
    public var residentName: String
    public var category: String
    public var text: String
    public var owner: String
    public var status: String
    public var followUpOn: String?
    public var openedAt: Date
    public var openedBy: String
    public var updatedAt: Date
    public var closedAt: Date?
    public var closedBy: String?
    /// Not closed and its follow-up day has come.
    public var due: Bool

    public init(
        id: Int64, residentReference: String?, residentName: String, category: String, text: String, owner: String, status: String,
        followUpOn: String?, openedAt: Date, openedBy: String, updatedAt: Date, closedAt: Date?, closedBy: String?, due: Bool
    ) {
        self.id = id
        self.residentReference = residentReference
        self.residentName = residentName
        self.category = category
        self.text = text
        self.owner = owner
        self.status = status
        self.followUpOn = followUpOn
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.updatedAt = updatedAt
        self.closedAt = closedAt
        self.closedBy = closedBy
        self.due = due
    }
}

/// `kiosk signals add RESIDENT --category … --text … [--owner …] [--follow-up YYYY-MM-DD]`.
public struct SignalRequest: Codable, Sendable, Equatable {
    public var resident: String
    public var category: String
    public var text: String
    public var owner: String?
    public var followUpOn: String?

    public init(resident: String, category: String, text: String, owner: String?, followUpOn: String?) {
        self.resident = resident
        self.category = category
        self.text = text
        self.owner = owner
        self.followUpOn = followUpOn
    }
}

/// `kiosk signals update ID [--status …] [--owner …] [--follow-up …] [--text …]`; nil keeps a field.
public struct SignalUpdateRequest: Codable, Sendable, Equatable {
    public var status: String?
    public var owner: String?
    public var followUpOn: String?
    public var text: String?

    public init(status: String?, owner: String?, followUpOn: String?, text: String?) {
        self.status = status
        self.owner = owner
        self.followUpOn = followUpOn
        self.text = text
    }
}

/// `kiosk signals handover ID --to PARTY`.
public struct SignalHandOverRequest: Codable, Sendable, Equatable {
    public var to: String

    public init(to: String) {
        self.to = to
    }
}

/// What the receiving party gets, and nothing more: no reference, remarks, parcels, other
/// signals or the hub's notes.
public struct SignalHandOverSheet: Codable, Sendable, Equatable {
    public var signalId: Int64
    public var to: String
    public var residentName: String
    public var street: String
    public var houseNumber: String
    public var postcode: String
    public var town: String
    public var phone: String?
    public var category: String
    public var text: String
    public var noticedOn: String
    public var followUpOn: String?
    public var handedOverBy: String
    public var handedOverOn: String

    public init(
        signalId: Int64, to: String, residentName: String, street: String, houseNumber: String, postcode: String, town: String,
        phone: String?, category: String, text: String, noticedOn: String, followUpOn: String?, handedOverBy: String, handedOverOn: String
    ) {
        self.signalId = signalId
        self.to = to
        self.residentName = residentName
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.town = town
        self.phone = phone
        self.category = category
        self.text = text
        self.noticedOn = noticedOn
        self.followUpOn = followUpOn
        self.handedOverBy = handedOverBy
        self.handedOverOn = handedOverOn
    }
}

/// `kiosk visits add RESIDENT --reason … --minutes N [--signal ID]`.
public struct VisitRequest: Codable, Sendable, Equatable {
    public var resident: String
    public var reason: String
    public var minutes: Int
    public var signal: Int64?

    public init(resident: String, reason: String, minutes: Int, signal: Int64?) {
        self.resident = resident
        self.reason = reason
        self.minutes = minutes
        self.signal = signal
    }
}

public struct VisitView: Codable, Sendable, Equatable {
    public var id: Int64
    public var reason: String
    public var minutes: Int
    public var signalId: Int64?
    public var visitedAt: Date
    public var visitedOn: String
    public var recordedBy: String

    public init(id: Int64, reason: String, minutes: Int, signalId: Int64?, visitedAt: Date, visitedOn: String, recordedBy: String) {
        self.id = id
        self.reason = reason
        self.minutes = minutes
        self.signalId = signalId
        self.visitedAt = visitedAt
        self.visitedOn = visitedOn
        self.recordedBy = recordedBy
    }
}

/// `kiosk residents quiet --days N`: deliveries but no contact at the door or visit lately.
public struct QuietResidentView: Codable, Sendable, Equatable {
    public var reference: String?
    public var name: String
    public var deliveries: Int
    public var letterbox: Int
    public var lastDeliveryOn: String
    public var lastContactOn: String?

    public init(reference: String?, name: String, deliveries: Int, letterbox: Int, lastDeliveryOn: String, lastContactOn: String?) {
        self.reference = reference
        self.name = name
        self.deliveries = deliveries
        self.letterbox = letterbox
        self.lastDeliveryOn = lastDeliveryOn
        self.lastContactOn = lastContactOn
    }
}
