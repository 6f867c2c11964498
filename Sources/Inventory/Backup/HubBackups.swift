import Foundation
import GRDB

/// Online backups of the hub's database into `[backup] directory`: SQLite's backup API (through
/// GRDB) copies a consistent snapshot while scans go on, the copy must pass `integrity_check`
/// before it gets its final name, and only then are the oldest beyond `keep` deleted.
///
/// The hub key is not in a backup: a backup alone cannot be matched against card UIDs. Keep a
/// copy of `hub.key` apart from the backups (README, "Restore after the SD card died").
public struct HubBackups: Sendable {
    static let prefix = "hub-"
    static let suffix = ".sqlite"

    let database: HubDatabase
    public let policy: BackupPolicy

    public init(database: HubDatabase, policy: BackupPolicy) {
        self.database = database
        self.policy = policy
    }

    public func write(now: Date) async throws -> BackupRecord {
        let directory = try configuredDirectory()
        let name = Self.prefix + Self.stamp(now) + Self.suffix
        let database = self.database
        let record = try await BlockingWork.run("hub backup") {
            try Self.copy(database, to: directory, name: name)
        }
        try prune(directory)
        return record
    }

    /// The next `[backup] at` after `date`, on the hub's clock (the same rule as the day end).
    public func nextBackup(after date: Date, calendar: HubCalendar) -> Date {
        DayInstants.next(hour: policy.hour, minute: policy.minute, after: date, in: calendar)
    }

    /// Newest first.
    public func list() throws -> [BackupRecord] {
        guard let directory = policy.directory else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix(Self.prefix) && $0.hasSuffix(Self.suffix) }.sorted(by: >).compactMap { name in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + name) else { return nil }
            return BackupRecord(
                name: name, bytes: (attributes[.size] as? NSNumber)?.int64Value ?? 0,
                createdAt: attributes[.modificationDate] as? Date ?? .distantPast
            )
        }
    }

    func configuredDirectory() throws -> String {
        guard let directory = policy.directory else {
            throw InventoryError(
                .refused, nl: "er is geen back-upmap ingesteld — zet [backup] directory in hubd.toml",
                en: "no backup directory is configured — set [backup] directory in hubd.toml"
            )
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InventoryError(
                .storage, nl: "back-upmap \(directory) bestaat niet — zit de USB-stick erin?",
                en: "backup directory \(directory) does not exist — is the USB stick plugged in and mounted?"
            )
        }
        return directory
    }

    private static func copy(_ database: HubDatabase, to directory: String, name: String) throws -> BackupRecord {
        let partial = directory + "/." + name + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let copy = try DatabaseQueue(path: partial)
            try database.pool.backup(to: copy)
            let integrity = try copy.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard integrity == "ok" else {
                throw InventoryError(
                    .storage, nl: "de back-up haalt integrity_check niet (\(integrity ?? "geen antwoord"))",
                    en: "the backup fails integrity_check (\(integrity ?? "no answer"))"
                )
            }
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
            try DurableFile.sync(partial)
            try DurableFile.replace(directory + "/" + name, with: partial)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? NSNumber)?.int64Value ?? 0
        return BackupRecord(name: name, bytes: bytes, createdAt: Date())
    }

    private func prune(_ directory: String) throws {
        for old in try list().dropFirst(policy.keep) {
            try FileManager.default.removeItem(atPath: directory + "/" + old.name)
        }
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date) + "Z"
    }
}
