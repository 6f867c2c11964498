import Foundation

/// One file in the hub's backup directory.
public struct BackupRecord: Codable, Sendable, Equatable {
    public var name: String
    public var bytes: Int64
    public var createdAt: Date

    public init(name: String, bytes: Int64, createdAt: Date) {
        self.name = name
        self.bytes = bytes
        self.createdAt = createdAt
    }
}
