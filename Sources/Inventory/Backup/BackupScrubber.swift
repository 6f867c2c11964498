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
            OutboxFunctions.silenced.forEach(db.add(function:))
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
        let files = try list().map { directory + "/" + $0.name }.filter { !$0.hasSuffix(Self.sealedSuffix) }
        let residents = pending.map(\.residentID)
        try await BlockingWork.run("backup scrub") {
            for file in files where FileManager.default.fileExists(atPath: file) {
                try BackupScrubber.scrub(file, residents: residents, now: now)
            }
        }
        try await writeErasureList(directory)
        try await database.pool.write { try Erasure.markScrubbed(pending.map(\.id), at: now, $0) }
        return files.count
    }

    /// Rewrites `erasures.txt` beside the backups from the `erasure` table. Sealed backups cannot
    /// be scrubbed by the hub, which holds only the public key; `hubd restore` applies this list
    /// to whatever it restores, so an erased resident never comes back.
    func writeErasureList(_ directory: String) async throws {
        let entries = try await database.pool.read { try ErasureList.Entry.all($0) }
        guard !entries.isEmpty else { return }
        try await BlockingWork.run("erasure list") { try ErasureList.write(entries, into: directory) }
    }

    /// Erasures waiting for the stick.
    public func pendingScrubs() async throws -> Int {
        try await database.pool.read { try Erasure.unscrubbed($0).count }
    }
}

/// `erasures.txt`: one line per erasure, `RESIDENT-NUMBER REASON ERASED-AT`, numbers only.
public enum ErasureList {
    public static let name = "erasures.txt"

    public struct Entry: Sendable, Equatable {
        public var residentID: Int64
        public var reason: String
        public var erasedAt: Date

        static func all(_ db: Database) throws -> [Entry] {
            try Row.fetchAll(db, sql: "SELECT resident_id, reason, erased_at FROM erasure ORDER BY id").map {
                Entry(residentID: $0["resident_id"], reason: $0["reason"], erasedAt: $0["erased_at"])
            }
        }
    }

    static func write(_ entries: [Entry], into directory: String) throws {
        let formatter = ISO8601DateFormatter()
        let text = entries.map { "\($0.residentID) \($0.reason) \(formatter.string(from: $0.erasedAt))\n" }.joined()
        let partial = directory + "/." + name + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw InventoryError(.storage, nl: "kon \(partial) niet schrijven", en: "could not write \(partial)")
        }
        try DurableFile.sync(partial)
        try DurableFile.replace(directory + "/" + name, with: partial)
    }

    /// The list beside `backup`, if any; lines that do not parse are skipped.
    public static func read(besides backup: String) -> [Entry] {
        let path = URL(fileURLWithPath: backup).deletingLastPathComponent().path + "/" + name
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let formatter = ISO8601DateFormatter()
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, let id = Int64(parts[0]), let at = formatter.date(from: String(parts[2])) else { return nil }
            return Entry(residentID: id, reason: String(parts[1]), erasedAt: at)
        }
    }
}
