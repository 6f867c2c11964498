import Foundation
import GRDB

/// One row of the audit trail: who did or looked at what, and when.
public struct AuditEntry: Sendable, Equatable, Codable, FetchableRecord, TableRecord {
    public var id: Int64
    public var at: Date
    public var staffId: Int64?
    public var staffName: String
    /// A dotted verb, e.g. `resident.view`, `pass.enroll`, `service.add`.
    public var action: String
    public var residentId: Int64?
    /// What the action was about, e.g. a pass number or a service code; never a card UID.
    public var subject: String?

    public static let databaseTableName = "audit"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
}
