import Foundation

/// One entry of the catalogue: a ride to a destination, a chore or an activity, with its price.
public struct Service: Codable, Sendable, Equatable {
    public var id: Int64?
    /// A short staff-facing key, e.g. `markt` or `huisarts`.
    public var code: String
    public var kind: ServiceKind
    /// What the resident reads on the kiosk, e.g. "Rit naar de markt".
    public var name: String
    public var destination: String?
    public var priceCents: Int
    /// The guard against a typo: no price above this is accepted for this service.
    public var maxPriceCents: Int
    public var payment: PaymentMethod
    public var position: Int
    public var active: Bool
    public var createdAt: Date

    public init(
        id: Int64?, code: String, kind: ServiceKind, name: String, destination: String?, priceCents: Int, maxPriceCents: Int,
        payment: PaymentMethod, position: Int, active: Bool, createdAt: Date
    ) {
        self.id = id
        self.code = code
        self.kind = kind
        self.name = name
        self.destination = destination
        self.priceCents = priceCents
        self.maxPriceCents = maxPriceCents
        self.payment = payment
        self.position = position
        self.active = active
        self.createdAt = createdAt
    }
}

/// What staff give to add a service; amounts arrive as typed text so a fraction of a cent is caught.
public struct ServiceFields: Codable, Sendable, Equatable {
    public var code: String
    public var kind: ServiceKind
    public var name: String
    public var destination: String?
    public var price: String
    public var maxPrice: String?
    public var payment: PaymentMethod
    public var position: Int?

    public init(
        code: String, kind: ServiceKind, name: String, destination: String? = nil, price: String,
        maxPrice: String? = nil, payment: PaymentMethod, position: Int? = nil
    ) {
        self.code = code
        self.kind = kind
        self.name = name
        self.destination = destination
        self.price = price
        self.maxPrice = maxPrice
        self.payment = payment
        self.position = position
    }
}

/// Rides open at check-in and close at check-out; chores and activity visits are one tap.
public enum ServiceKind: String, Codable, Sendable, CaseIterable {
    case ride
    case chore
    case activity
}

/// How a service's own contribution is collected.
public enum PaymentMethod: String, Codable, Sendable, CaseIterable {
    /// Charged at the kiosk on the PIN terminal; until that exists it waits as "awaiting payment".
    case pin
    /// Collected on the monthly statement.
    case invoice
    /// Deducted from the resident's prepaid credit, which staff top up.
    case credit
    case free
}

/// Where a service use's money stands.
public enum PaymentState: String, Codable, Sendable, CaseIterable {
    case awaitingPayment = "awaiting-payment"
    case invoice
    case credit
    case free
    case paid
}

/// One use of a service by a resident: a ride from check-in to check-out, or a single chore or visit.
public struct ServiceUse: Codable, Sendable, Equatable {
    public var id: Int64?
    public var residentId: Int64
    public var serviceId: Int64
    public var kind: ServiceKind
    public var passId: Int64?
    public var device: String?
    public var startedAt: Date
    public var startedOn: LocalDay
    public var endedAt: Date?
    public var endReason: EndReason?
    public var reviewState: ReviewState?
    public var reviewedAt: Date?
    public var reviewedBy: String?
    public var reviewNote: String?
    public var priceCents: Int
    public var payment: PaymentMethod
    public var paymentState: PaymentState
    public var recordedBy: String?

    public init(
        id: Int64?, residentId: Int64, serviceId: Int64, kind: ServiceKind, passId: Int64?, device: String?, startedAt: Date,
        startedOn: LocalDay, endedAt: Date?, endReason: EndReason?, reviewState: ReviewState?, reviewedAt: Date?,
        reviewedBy: String?, reviewNote: String?, priceCents: Int, payment: PaymentMethod, paymentState: PaymentState,
        recordedBy: String?
    ) {
        self.id = id
        self.residentId = residentId
        self.serviceId = serviceId
        self.kind = kind
        self.passId = passId
        self.device = device
        self.startedAt = startedAt
        self.startedOn = startedOn
        self.endedAt = endedAt
        self.endReason = endReason
        self.reviewState = reviewState
        self.reviewedAt = reviewedAt
        self.reviewedBy = reviewedBy
        self.reviewNote = reviewNote
        self.priceCents = priceCents
        self.payment = payment
        self.paymentState = paymentState
        self.recordedBy = recordedBy
    }
}

extension ServiceUse {
    public enum EndReason: String, Codable, Sendable, CaseIterable {
        /// The resident checked out with a tap.
        case tap
        /// Still open at the end of the day: closed by the hub and put in the review queue.
        case auto
        case staff
    }
}

extension ServiceUse {
    public enum ReviewState: String, Codable, Sendable, CaseIterable {
        case pending
        case resolved
    }
}

/// A service use as staff see it in lists: with the service's and the resident's names.
public struct ServiceUseView: Codable, Sendable, Equatable {
    public var use: ServiceUse
    public var serviceCode: String
    public var serviceName: String
    public var residentName: String
    public var residentReference: String?

    public init(
        use: ServiceUse, serviceCode: String, serviceName: String, residentName: String, residentReference: String?
    ) {
        self.use = use
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.residentName = residentName
        self.residentReference = residentReference
    }
}
