import Foundation
import GRDB

/// Carries erasures into the backups on the stick: a backup made last week still holds the
/// resident erased today. Each file is copied, the erasures are applied to the copy with
/// `secure_delete` on, and the checked copy replaces the original (fsync, rename, fsync), so a
/// power cut leaves either the old file or the scrubbed one.
enum BackupScrubber {
    static func scrub(_ path: String, residents: [Int64], now: Date) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let partial = directory + "/.scrub-" + UUID().uuidString + ".partial"
        do {
            try FileManager.default.copyItem(atPath: path, toPath: partial)
            try erase(residents, in: partial, now: now)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
            try DurableFile.sync(partial)
            try DurableFile.replace(path, with: partial)
        } catch {
            for leftover in [partial, partial + "-journal", partial + "-wal", partial + "-shm"] {
                try? FileManager.default.removeItem(atPath: leftover)
            }
            throw error
        }
    }

    /// A rollback journal, not WAL, so nothing of the old pages outlives the commit in a side file.
    private static func erase(_ residents: [Int64], in path: String, now: Date) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        let copy = try DatabaseQueue(path: path, configuration: configuration)
        try copy.write { db in
            for residentID in residents {
                try ResidentErasure.apply(residentID, at: now, db)
            }
        }
        let integrity = try copy.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        try copy.close()
        guard integrity == "ok" else {
            throw InventoryError(
                .storage, nl: "de opgeschoonde back-up haalt integrity_check niet (\(integrity ?? "geen antwoord"))",
                en: "the scrubbed backup fails integrity_check (\(integrity ?? "no answer"))"
            )
        }
    }
}

extension HubBackups {
    /// Applies every erasure not yet carried into the backups; returns how many files it
    /// rewrote. Without the stick it throws and the erasures stay pending for the next night.
    public func scrubErasures(now: Date) async throws -> Int {
        let pending = try await database.pool.read { try Erasure.unscrubbed($0) }
        guard !pending.isEmpty else { return 0 }
        guard policy.directory != nil else {
            try await database.pool.write { try Erasure.markScrubbed(pending.map(\.id), at: now, $0) }
            return 0
        }
        let directory = try configuredDirectory()
        let files = try list().map { directory + "/" + $0.name }
        let residents = pending.map(\.residentID)
        try await BlockingWork.run("backup scrub") {
            for file in files where FileManager.default.fileExists(atPath: file) {
                try BackupScrubber.scrub(file, residents: residents, now: now)
            }
        }
        try await database.pool.write { try Erasure.markScrubbed(pending.map(\.id), at: now, $0) }
        return files.count
    }

    /// Erasures waiting for the stick.
    public func pendingScrubs() async throws -> Int {
        try await database.pool.read { try Erasure.unscrubbed($0).count }
    }
}
