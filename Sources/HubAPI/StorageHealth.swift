import Foundation

/// The disk under the hub's database, as `kiosk status` shows it: a full or failing SD card
/// must be visible before the concierge notices scans being refused.
public struct StorageHealth: Codable, Sendable, Equatable {
    /// Free bytes for hubd on the data directory's file system; nil when it cannot be read.
    public var freeBytes: Int64?
    /// The database with its write-ahead log.
    public var databaseBytes: Int64
    /// The last write SQLite refused (disk full, read-only), with when; nil since hubd started.
    public var lastWriteError: String?
    public var lastWriteErrorAt: Date?
    /// The last backup of the database; nil when none was made.
    public var lastBackupAt: Date?

    public init(freeBytes: Int64?, databaseBytes: Int64, lastWriteError: String?, lastWriteErrorAt: Date?, lastBackupAt: Date?) {
        self.freeBytes = freeBytes
        self.databaseBytes = databaseBytes
        self.lastWriteError = lastWriteError
        self.lastWriteErrorAt = lastWriteErrorAt
        self.lastBackupAt = lastBackupAt
    }
}
