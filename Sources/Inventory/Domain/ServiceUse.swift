import Foundation
import GRDB

/// One use of a service by a resident: a ride from check-in to check-out, or a single chore or visit.
public struct ServiceUse: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public enum EndReason: String, Sendable, Codable {
        /// The resident checked out with a tap.
        case tap
        /// Still open at the end of the day: closed by the hub and put in the review queue.
        case auto
        case staff
    }

    public enum ReviewState: String, Sendable, Codable {
        case pending
        case resolved
    }

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

    public static let databaseTableName = "service_use"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var isOpen: Bool { endedAt == nil }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A service use as staff see it in lists: with the service's and the resident's names.
public struct ServiceUseView: Sendable, Equatable, Codable {
    public var use: ServiceUse
    public var serviceCode: String
    public var serviceName: String
    public var residentName: String
    public var residentReference: String?

    public init(use: ServiceUse, serviceCode: String, serviceName: String, residentName: String, residentReference: String?) {
        self.use = use
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.residentName = residentName
        self.residentReference = residentReference
    }
}
