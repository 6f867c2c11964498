import Crypto
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
    static let sealedSuffix = ".hpke"

    let database: HubDatabase
    public let policy: BackupPolicy

    public init(database: HubDatabase, policy: BackupPolicy) {
        self.database = database
        self.policy = policy
    }

    public func write(now: Date) async throws -> BackupRecord {
        let directory = try configuredDirectory()
        let recipient = try policy.recipient.map(Self.recipientKey)
        let name = Self.prefix + Self.stamp(now) + Self.suffix + (recipient == nil ? "" : Self.sealedSuffix)
        let database = self.database
        let record = try await BlockingWork.run("hub backup") {
            try Self.copy(database, to: directory, name: name, sealedTo: recipient)
        }
        try prune(directory)
        try await writeErasureList(directory)
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
        let backups = names.filter { $0.hasPrefix(Self.prefix) && ($0.hasSuffix(Self.suffix) || $0.hasSuffix(Self.suffix + Self.sealedSuffix)) }
        return backups.sorted(by: >).compactMap { name in
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

    /// A sealed backup is first copied and checked next to the live database (the SD card, where
    /// the plain data already is), so no plain copy ever touches the stick.
    private static func copy(
        _ database: HubDatabase, to directory: String, name: String, sealedTo recipient: Curve25519.KeyAgreement.PublicKey?
    ) throws -> BackupRecord {
        let partial = directory + "/." + name + ".partial"
        let plain = recipient == nil ? partial : URL(fileURLWithPath: database.path).deletingLastPathComponent().path + "/.backup-" + name + ".partial"
        defer { if plain != partial { try? FileManager.default.removeItem(atPath: plain) } }
        try? FileManager.default.removeItem(atPath: partial)
        do {
            try checkedCopy(database, to: plain)
            if let recipient { try BackupSealing.seal(plain, to: recipient, into: partial) }
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

    private static func checkedCopy(_ database: HubDatabase, to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let copy = try DatabaseQueue(path: path)
        try database.pool.backup(to: copy)
        let integrity = try copy.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        try copy.close()
        guard integrity == "ok" else {
            throw InventoryError(
                .storage, nl: "de back-up haalt integrity_check niet (\(integrity ?? "geen antwoord"))",
                en: "the backup fails integrity_check (\(integrity ?? "no answer"))"
            )
        }
    }

    static func recipientKey(_ text: String) throws -> Curve25519.KeyAgreement.PublicKey {
        guard let key = BackupSealing.publicKey(base64: text) else {
            throw InventoryError(
                .invalidInput, nl: "[backup] recipient is geen publieke sleutel — neem de regel over die `hubd backup-key` afdrukte",
                en: "[backup] recipient is not a public key — copy the line `hubd backup-key` printed"
            )
        }
        return key
    }

    /// For the config check: whether `text` is a key backups can be sealed to.
    public static func isRecipient(_ text: String) -> Bool {
        BackupSealing.publicKey(base64: text) != nil
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
