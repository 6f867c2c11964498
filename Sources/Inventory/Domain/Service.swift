import Foundation
import GRDB

/// One entry of the catalogue: a ride to a destination, a chore or an activity, with its price.
public struct Service: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
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

    public static let databaseTableName = "service"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var price: Cents { Cents(priceCents) }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// What staff give to add a service; amounts arrive as typed text so a fraction of a cent is caught.
public struct ServiceFields: Sendable, Codable, Equatable {
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
