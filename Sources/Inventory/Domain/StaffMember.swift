import Foundation
import GRDB

/// A member of staff who may enter staff mode: a staff pass plus a PIN. The PIN's hash stays
/// in the store and never leaves it.
public struct StaffMember: Sendable, Equatable, Codable, FetchableRecord {
    public var id: Int64
    public var name: String
    public var active: Bool
    public var createdAt: Date

    public static let databaseTableName = "staff_member"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public init(id: Int64, name: String, active: Bool, createdAt: Date) {
        self.id = id
        self.name = name
        self.active = active
        self.createdAt = createdAt
    }

    public var actor: StaffActor { StaffActor(id: id, name: name) }
}
