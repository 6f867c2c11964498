import Foundation
import GRDB

/// A pass bound to a resident or to a staff member. Staff refer to it by its number (`id`);
/// a lost pass is blocked, and a replacement is a new pass for the same person.
public struct PassRecord: Sendable, Equatable, Codable, FetchableRecord {
    public var id: Int64
    public var residentId: Int64?
    public var staffId: Int64?
    public var enrolledAt: Date
    public var enrolledBy: String?
    public var blockedAt: Date?
    public var blockedBy: String?
    public var blockReason: String?

    public static let databaseTableName = "pass"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var isBlocked: Bool { blockedAt != nil }

    public init(
        id: Int64, residentId: Int64?, staffId: Int64?, enrolledAt: Date, enrolledBy: String?,
        blockedAt: Date? = nil, blockedBy: String? = nil, blockReason: String? = nil
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
