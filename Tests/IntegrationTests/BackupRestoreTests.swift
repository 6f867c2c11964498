import Foundation
import GRDB
import Testing

/// Backups through the running hubd (`kiosk backup now|list`), and `hubd restore` into a new
/// data directory, as after a dead SD card: the restored database equals the backup table by
/// table, and a backup of another hub is refused.
@Suite(.serialized) struct BackupRestoreTests {
    static func hub(keep: Int = 2) throws -> Daemon {
        let backups = NSTemporaryDirectory() + "bh-backups-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        return try Daemon(extraConfig: "[backup]\ndirectory = \"\(backups)\"\nkeep = \(keep)\n")
    }

    static func backupDirectory(_ hub: Daemon) throws -> String {
        let config = try String(contentsOfFile: hub.configPath, encoding: .utf8)
        let line = try #require(config.split(separator: "\n").first { $0.hasPrefix("directory = ") })
        return String(line.dropFirst("directory = \"".count).dropLast())
    }

    @Test func backupsAreCheckedPrivateAndPrunedAndStatusShowsTheLast() async throws {
        let hub = try Self.hub(keep: 2)
        try await hub.start()
        #expect(await hub.kiosk(["status"]).stdout.contains("last backup: never"))
        try await hub.ensureStaff()
        for number in 1...3 {
            let made = await hub.kiosk(["backup", "now"])
            try #require(made.exit == 0, "\(made.stderr)")
            #expect(made.stdout.contains("backup written and checked"))
            if number < 3 { try await Task.sleep(for: .milliseconds(1_100)) }
        }
        let directory = try Self.backupDirectory(hub)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files.count == 2, "keep = 2: \(files)")
        for file in files {
            let mode = try FileManager.default.attributesOfItem(atPath: directory + "/" + file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) is \(String(mode ?? 0, radix: 8))")
        }
        let listed = await hub.kiosk(["backup", "list", "--json"])
        #expect(listed.stdout.contains(files[1]) && !listed.stdout.contains(".partial"))
        #expect(!(await hub.kiosk(["status"]).stdout.contains("last backup: never")))
    }

    @Test func aRestoreIntoANewDataDirectoryEqualsTheBackupTableByTable() async throws {
        let hub = try Self.hub()
        try await hub.start()
        for code in ["VG00140001", "VG00140002", "VG00140003"] { try hub.scan(code) }
        _ = try await hub.barcodes(atLeast: 3)
        try await hub.ensureStaff()
        #expect(await hub.kiosk(["backup", "now"]).exit == 0)
        let before = try await IntakeEndToEndTests.parcels(hub).map(\.barcode)
        await hub.signal(SIGTERM)
        let directory = try Self.backupDirectory(hub)
        let backup = directory + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: directory).first))

        let fresh = try Daemon()
        let restore = await Command.run(Binaries.hubd, ["restore", backup, "--config", fresh.configPath, "--key", hub.directory + "/data/hub.key"])
        try #require(restore.exit == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("installed the hub key"))
        #expect(try Self.tables(backup) == Self.tables(fresh.directory + "/data/hub.sqlite"))

        try await fresh.start()
        // The staff member and pass came back with the data; the pass only opens under the old key.
        try await fresh.reLogin()
        fresh.staffReady = true
        #expect(try await IntakeEndToEndTests.parcels(fresh).map(\.barcode) == before)
        #expect(await fresh.kiosk(["audit", "verify"]).exit == 0, "the audit chain holds under the restored key")
    }

    @Test func aBackupOfAnotherHubIsRefusedAndNothingIsTouched() async throws {
        let other = try Self.hub()
        try await other.start()
        try await other.ensureStaff()
        #expect(await other.kiosk(["backup", "now"]).exit == 0)
        let directory = try Self.backupDirectory(other)
        let backup = directory + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: directory).first))

        let hub = try Daemon()
        try await hub.start()
        let running = await Command.run(Binaries.hubd, ["restore", backup, "--config", hub.configPath])
        #expect(running.exit == 65 && running.stderr.contains("another hubd is already using"), "\(running.stderr)")
        await hub.signal(SIGTERM)
        let database = hub.directory + "/data/hub.sqlite"
        let untouched = try Data(contentsOf: URL(fileURLWithPath: database))
        let refused = await Command.run(Binaries.hubd, ["restore", backup, "--config", hub.configPath])
        #expect(refused.exit == 65)
        #expect(refused.stderr.contains("is a backup of another hub"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == untouched)
    }

    /// `[backup] recipient`: the stick holds only ciphertext, a restore needs `--identity`, and
    /// an erasure made after the backup is applied to what is restored (`erasures.txt`).
    @Test func anEncryptedBackupRestoresWithThePrivateKeyAndKeepsLaterErasures() async throws {
        let keys = NSTemporaryDirectory() + "bh-backup-key-" + UUID().uuidString
        let made = await Command.run(Binaries.hubd, ["backup-key", keys])
        try #require(made.exit == 0, "\(made.stderr)")
        let recipient = try #require(made.stdout.split(separator: "\n").first { $0.hasPrefix("recipient = ") })
        let backups = NSTemporaryDirectory() + "bh-backups-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let hub = try Daemon(extraConfig: "[backup]\ndirectory = \"\(backups)\"\n\(recipient)\n")
        try await hub.start()
        try await hub.ensureStaff()
        let name = "Aaltje Stegeman-Brouwer"
        #expect(await hub.kiosk(["residents", "add", "--reference", "BZ-777", "--name", name, "--street", "Smedenstraat",
                                 "--number", "3", "--postcode", "7411 RA", "--town", "Deventer"]).exit == 0)
        #expect(await hub.kiosk(["backup", "now"]).exit == 0)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: backups).first { $0.hasSuffix(".sqlite.hpke") })
        let sealed = try Data(contentsOf: URL(fileURLWithPath: backups + "/" + file))
        #expect(sealed.range(of: Data(name.utf8)) == nil && sealed.range(of: Data("SQLite format".utf8)) == nil, "only ciphertext on the stick")
        let erase = await hub.kiosk(["residents", "erase", "BZ-777", "--yes"])
        #expect(erase.exit == 0, "\(erase.stderr)")
        #expect(FileManager.default.fileExists(atPath: backups + "/erasures.txt"))
        await hub.signal(SIGTERM)

        let fresh = try Daemon()
        let arguments = ["restore", backups + "/" + file, "--config", fresh.configPath, "--key", hub.directory + "/data/hub.key"]
        let withoutIdentity = await Command.run(Binaries.hubd, arguments)
        #expect(withoutIdentity.exit == 65 && withoutIdentity.stderr.contains("--identity"), "\(withoutIdentity.stderr)")
        let restored = await Command.run(Binaries.hubd, arguments + ["--identity", keys])
        try #require(restored.exit == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("applied 1 erasure(s)"), "\(restored.stdout)")
        let database = try Data(contentsOf: URL(fileURLWithPath: fresh.directory + "/data/hub.sqlite"))
        #expect(database.range(of: Data(name.utf8)) == nil, "the erased resident does not come back with the restore")
        try await fresh.start()
        try await fresh.reLogin()
        fresh.staffReady = true
        #expect(await fresh.kiosk(["residents", "show", "BZ-777"]).exit != 0)
        #expect(await fresh.kiosk(["audit", "verify"]).exit == 0)
    }

    /// Every table's rows, in rowid order, as text: what "equal table by table" means here.
    static func tables(_ path: String) throws -> [String: [String]] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            var result: [String: [String]] = [:]
            for name in names {
                result[name] = try Row.fetchAll(db, sql: "SELECT * FROM \(name) ORDER BY rowid").map(\.description)
            }
            return result
        }
    }
}
