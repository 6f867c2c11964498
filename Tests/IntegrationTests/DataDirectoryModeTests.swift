import Foundation
import Testing

/// The data directory holds health data and the hub key: hubd keeps it private whatever umask it
/// was started with, and refuses one that every user can read.
@Suite(.serialized) struct DataDirectoryModeTests {
    @Test func aWorldReadableDataDirectoryIsRefusedWithTheFix() async throws {
        let directory = NSTemporaryDirectory() + "bh-mode-" + String(UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        chmod(directory + "/data", 0o755)
        let config = directory + "/hubd.toml"
        try "[hub]\ndata_dir = \"\(directory)/data\"\nsocket = \"\(directory)/hubd.sock\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = await Command.run(Binaries.hubd, ["--config", config])
        #expect(result.exit == 71, "\(result.stderr)")
        #expect(result.stderr.contains("can be read by every user"), "\(result.stderr)")
        #expect(result.stderr.contains("chmod 750 \(directory)/data"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/data/hub.sqlite"), "nothing was opened")
    }

    @Test func filesAreMadePrivateUnderAPermissiveUmask() async throws {
        let hub = try Daemon()
        let previous = umask(0o000)
        defer { umask(previous) }
        try await hub.start()
        let data = hub.directory + "/data"
        for file in ["", "/hub.sqlite", "/hub.sqlite-wal", "/hub.key"] {
            var info = stat()
            #expect(stat(data + file, &info) == 0, "\(file)")
            // At most the documented group may read; nobody else, and the group never writes.
            #expect(info.st_mode & 0o027 == 0, "\(data + file) is \(String(info.st_mode & 0o777, radix: 8))")
        }
    }
}
