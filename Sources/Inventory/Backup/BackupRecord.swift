import Foundation

/// One backup file in the backup directory, as `kiosk backup list` shows it.
public struct BackupRecord: Sendable, Equatable, Codable {
    public var name: String
    public var bytes: Int64
    public var createdAt: Date

    public init(name: String, bytes: Int64, createdAt: Date) {
        self.name = name
        self.bytes = bytes
        self.createdAt = createdAt
    }
}
