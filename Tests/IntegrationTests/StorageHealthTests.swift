import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `kiosk status` shows the disk: free space and database size always, and a refused write
/// (a full SD card) until hubd is restarted, instead of only in the log line of each lost scan.
@Suite(.serialized) struct StorageHealthTests {
    @Test func statusShowsFreeSpaceAndTheDatabaseSize() async throws {
        let hub = try Daemon()
        try await hub.start()
        let storage = try #require(try await hub.status().storage)
        #expect((storage.freeBytes ?? 0) > 0)
        #expect(storage.databaseBytes > 0)
        #expect(storage.lastWriteError == nil && storage.lastBackupAt == nil)
        let text = await hub.kiosk(["status"]).stdout
        #expect(text.contains("storage: ") && text.contains("free, database ") && text.contains("last backup: never"), "\(text)")
    }

    /// A 3 MB tmpfs as the data directory, filled up while hubd runs: the scan is refused, status
    /// says why, and once there is room again the next scan is stored without a restart.
    @Test(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func aFullDiskIsShownInStatusAndRecoversByItself() async throws {
        let hub = try Daemon()
        let data = hub.directory + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let mounted = await Command.run(URL(fileURLWithPath: "/usr/bin/mount"), ["-t", "tmpfs", "-o", "size=3m,mode=0750", "tmpfs", data])
        try #require(mounted.exit == 0, "\(mounted.stderr)")
        defer { _ = umount2(data, Int32(MNT_DETACH)) }
        try await hub.start()
        try hub.scan("VG00130013")
        try await waitUntil(seconds: 10, "the first scan") { hub.log().contains("barcode=VG00130013") }

        let filler = data + "/filler"
        _ = await Command.run(URL(fileURLWithPath: "/usr/bin/dd"), ["if=/dev/zero", "of=\(filler)", "bs=64k"])
        for number in 14...40 {
            try hub.scan(String(format: "VG%08d", 130_000 + number))
            try await Task.sleep(for: .milliseconds(100))
            if hub.log().contains("scan NOT stored") { break }
        }
        try await waitUntil(seconds: 10, "a refused scan") { hub.log().contains("scan NOT stored") }
        let storage = try #require(try await hub.status().storage)
        let refusal = hub.log().split(separator: "\n").first { $0.contains("scan NOT stored") } ?? ""
        #expect(storage.lastWriteError?.contains("SQLite 13") == true, "SQLITE_FULL: \(storage.lastWriteError ?? "none"); \(refusal)")
        let text = await hub.kiosk(["status"]).stdout
        #expect(text.contains("WARNING: a write failed"), "\(text)")

        try FileManager.default.removeItem(atPath: filler)
        try hub.scan("VG00139999")
        try await waitUntil(seconds: 10, "the scan after room was made") { hub.log().contains("barcode=VG00139999") }
        #expect(hub.process?.isRunning == true, "a full disk is not a reason to exit")
    }
}
