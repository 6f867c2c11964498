import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// `hubd restore FILE`: puts a backup back into a stopped hub's data directory.
///
/// The backup must pass `integrity_check` and belong to the hub key that will be used with it
/// (the data directory's, or one given with `--key`): a backup of another hub is refused. What
/// the directory held before is moved aside with a `before-restore` name, never deleted.
public struct BackupRestore: Sendable {
    public struct Report: Sendable, Equatable {
        public var hubID: String
        public var keptAside: [String]
        public var installedKey: Bool
        /// Erasures from `erasures.txt` beside the backup that the backup did not know of yet.
        public var erasuresApplied = 0
    }

    let dataDirectory: String
    let keyFile: String

    public init(dataDirectory: String, keyFile: String) {
        self.dataDirectory = dataDirectory
        self.keyFile = keyFile
    }

    public func restore(_ backup: String, suppliedKey: String?, identity privateKey: String? = nil, now: Date) throws -> Report {
        let source = try opened(backup, privateKey: privateKey, now: now)
        defer { if source != backup { try? FileManager.default.removeItem(atPath: source) } }
        let identity = try Self.checkedIdentity(of: source)
        let key = try suppliedKey.map { try Self.loadKey($0) } ?? Self.loadKey(keyFile)
        guard key.fingerprint == identity.keyFingerprint else {
            throw InventoryError(
                .refused,
                nl: "\(backup) is een back-up van een andere hub (sleutel \(identity.keyFingerprint), deze sleutel is \(key.fingerprint)) — kies de back-up van deze hub, of geef met --key de sleutel van die hub",
                en: "\(backup) is a backup of another hub (key \(identity.keyFingerprint), this key is \(key.fingerprint)) — pick this hub's backup, or give that hub's key with --key"
            )
        }
        let stamp = HubBackups.stamp(now)
        var report = Report(hubID: identity.hubID, keptAside: [], installedKey: false)
        let target = dataDirectory + "/hub.sqlite"
        let staged = dataDirectory + "/.hub.sqlite.restoring"
        try Self.copy(source, to: staged)
        report.erasuresApplied = try Self.applyErasures(ErasureList.read(besides: backup), to: staged, now: now)
        report.keptAside = try setAside(["hub.sqlite", "hub.sqlite-wal", "hub.sqlite-shm"], stamp: stamp)
        if let suppliedKey, (try? Self.loadKey(keyFile))?.fingerprint != key.fingerprint {
            report.keptAside += try setAside(["hub.key"], stamp: stamp)
            try FileManager.default.copyItem(atPath: suppliedKey, toPath: keyFile)
            try adoptOwnership(keyFile, mode: 0o600)
            try DurableFile.sync(keyFile)
            report.installedKey = true
        }
        try DurableFile.replace(target, with: staged)
        return report
    }

    /// A sealed backup is opened into the data directory (0600) with the private key; a plain one
    /// is used as it is.
    private func opened(_ backup: String, privateKey: String?, now: Date) throws -> String {
        guard backup.hasSuffix(HubBackups.sealedSuffix) else { return backup }
        guard let privateKey else {
            throw InventoryError(
                .invalidInput, nl: "\(backup) is versleuteld — geef de privésleutel mee met --identity BESTAND",
                en: "\(backup) is encrypted — give the private key with --identity FILE"
            )
        }
        let plain = dataDirectory + "/.restore-" + HubBackups.stamp(now) + ".sqlite"
        do {
            try BackupSealing.open(backup, with: try BackupSealing.privateKey(file: privateKey), into: plain)
        } catch {
            try? FileManager.default.removeItem(atPath: plain)
            throw error
        }
        return plain
    }

    /// Erasures made after the backup was taken, applied to the restored copy before it goes live.
    static func applyErasures(_ entries: [ErasureList.Entry], to path: String, now: Date) throws -> Int {
        guard !entries.isEmpty else { return 0 }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            OutboxFunctions.silenced.forEach(db.add(function:))
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let applied = try queue.write { db in
            var applied = 0
            for entry in entries {
                let live = try Bool.fetchOne(db, sql: "SELECT erased_at IS NULL FROM resident WHERE id = ?", arguments: [entry.residentID]) ?? false
                guard live else { continue }
                try ResidentErasure.apply(entry.residentID, at: entry.erasedAt, db)
                try Erasure.record(entry.residentID, reason: Erasure.Reason(rawValue: entry.reason) ?? .request, at: entry.erasedAt, db)
                applied += 1
            }
            return applied
        }
        try queue.close()
        try DurableFile.sync(path)
        return applied
    }

    /// The backup's hub, after SQLite has read every page of it.
    static func checkedIdentity(of backup: String) throws -> HubIdentity {
        var configuration = Configuration()
        configuration.readonly = true
        let (identity, integrity): (HubIdentity?, String?)
        do {
            let queue = try DatabaseQueue(path: backup, configuration: configuration)
            (identity, integrity) = try queue.read { db in
                (try? HubIdentity.read(db), try String.fetchOne(db, sql: "PRAGMA integrity_check"))
            }
        } catch {
            throw InventoryError(.invalidInput, nl: "\(backup) is geen leesbare hub-back-up: \(error)", en: "\(backup) is not a readable hub backup: \(error)")
        }
        guard integrity == "ok" else {
            throw InventoryError(
                .invalidInput, nl: "\(backup) is beschadigd (integrity_check: \(integrity ?? "geen antwoord")) — kies een oudere back-up",
                en: "\(backup) is damaged (integrity_check: \(integrity ?? "no answer")) — pick an older backup"
            )
        }
        guard let identity else {
            throw InventoryError(.invalidInput, nl: "\(backup) zegt niet van welke hub hij is", en: "\(backup) does not say which hub it belongs to")
        }
        return identity
    }

    static func loadKey(_ path: String) throws -> HubKey {
        guard let data = FileManager.default.contents(atPath: path), data.count == 32 else {
            throw InventoryError(
                .refused, nl: "geen bruikbare hubsleutel in \(path) — geef de bewaarde hub.key mee met --key",
                en: "no usable hub key at \(path) — give the hub.key you kept with --key"
            )
        }
        return HubKey(bytes: data)
    }

    /// A page copy through SQLite, so a backup that is itself in WAL mode comes over whole.
    private static func copy(_ backup: String, to staged: String) throws {
        try? FileManager.default.removeItem(atPath: staged)
        var configuration = Configuration()
        configuration.readonly = true
        let source = try DatabaseQueue(path: backup, configuration: configuration)
        let destination = try DatabaseQueue(path: staged)
        try source.backup(to: destination)
        try destination.close()
        try source.close()
        try adoptOwnership(staged, mode: 0o600)
        try DurableFile.sync(staged)
    }

    private func setAside(_ names: [String], stamp: String) throws -> [String] {
        var moved: [String] = []
        for name in names where FileManager.default.fileExists(atPath: dataDirectory + "/" + name) {
            let aside = name.replacingOccurrences(of: "hub.", with: "hub.before-restore-\(stamp).")
            try FileManager.default.moveItem(atPath: dataDirectory + "/" + name, toPath: dataDirectory + "/" + aside)
            moved.append(aside)
        }
        return moved
    }

    /// Files written by `sudo hubd restore` must still open for the user hubd runs as: they get
    /// the data directory's owner.
    private func adoptOwnership(_ path: String, mode: Int) throws {
        try Self.adoptOwnership(path, mode: mode, directory: dataDirectory)
    }

    private static func adoptOwnership(_ path: String, mode: Int, directory: String? = nil) throws {
        let parent = directory ?? URL(fileURLWithPath: path).deletingLastPathComponent().path
        var info = stat()
        if stat(parent, &info) == 0 { _ = chown(path, info.st_uid, info.st_gid) }
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }
}
