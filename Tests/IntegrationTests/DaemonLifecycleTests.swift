import Foundation
import Testing

@Suite(.serialized) struct DaemonLifecycleTests {
    @Test func kioskWithoutHubdSaysHowToStartIt() async {
        let result = await Command.run(Binaries.kiosk, ["status", "--socket", "/tmp/does-not-exist.sock", "--lang", "en"])
        #expect(result.exit == 69)
        #expect(result.stderr.contains("hubd is not running at /tmp/does-not-exist.sock — start it with `hubd`"))
    }

    /// A config with no devices at all (the embedded default has none) must still run: the
    /// device service then has nothing to supervise but waits for shutdown like the others.
    @Test func aHubWithoutDevicesKeepsRunning() async throws {
        let directory = NSTemporaryDirectory() + "bh-nodev-" + String(UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = directory + "/hubd.toml"
        try "[hub]\ndata_dir = \"\(directory)/data\"\nsocket = \"\(directory)/hubd.sock\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = Binaries.hubd
        process.arguments = ["--config", config]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        try await waitUntil(seconds: 20, "hubd to answer") {
            await Command.run(Binaries.kiosk, ["status", "--json", "--socket", directory + "/hubd.sock"]).exit == 0
        }
        try await Task.sleep(for: .milliseconds(500))
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGTERM)
        await process.exited()
        #expect(process.terminationStatus == 0)
    }

    @Test func sigtermStopsGracefullyAndRemovesTheSocket() async throws {
        let hub = try Daemon()
        try await hub.start()
        var info = stat()
        #expect(stat(hub.socketPath, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660)
        await hub.signal(SIGTERM)
        #expect(hub.process?.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: hub.socketPath))
        #expect(hub.log().contains("hubd stopped"))
    }

    @Test func aSecondDaemonOnTheSameSocketIsRefused() async throws {
        let hub = try Daemon()
        try await hub.start()
        let other = hub.directory + "/other.toml"
        let text = Daemon.config(directory: hub.directory + "/second", scanner: hub.scanner.slavePath, passReaders: (hub.passReader.slavePath, hub.deskReader.slavePath), extra: "")
            .replacingOccurrences(of: "socket = \"\(hub.directory)/second/hubd.sock\"", with: "socket = \"\(hub.socketPath)\"")
        try text.write(toFile: other, atomically: true, encoding: .utf8)
        let second = await Command.run(Binaries.hubd, ["--config", other])
        #expect(second.exit == 75)
        #expect(second.stderr.contains("in use by a running hubd"))
        #expect(await hub.kiosk(["status", "--json"]).exit == 0)
    }

    @Test func aStaleSocketFileIsReplaced() async throws {
        let hub = try Daemon()
        try await hub.start()
        await hub.signal(SIGKILL)
        #expect(FileManager.default.fileExists(atPath: hub.socketPath))
        try await hub.start()
        #expect(await hub.kiosk(["status", "--json"]).exit == 0)
    }

    @Test func checkConfigNamesFileLineAndKey() async throws {
        let directory = NSTemporaryDirectory() + "bh-cfg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/hubd.toml"
        try """
        [hub]
        name = "x"

        [[devices]]
        name = "scanner"
        role = "intake"
        driver = "serial"
        baud = "9600"

        [[devices]]
        name = "scanner"
        rol = "intake"
        driver = "evdev"

        [[suppliers]]
        id = "vegro"
        name = "Vegro"
        patterns = ["^VG[0-9{8}$"]
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = await Command.run(Binaries.hubd, ["check-config", file])
        #expect(result.exit == 78)
        #expect(result.stderr.contains("\(file):8:"))
        #expect(result.stderr.contains("'baud'"))
        #expect(result.stderr.contains("\(file):11:"))
        #expect(result.stderr.contains("'rol'"))
        #expect(result.stderr.contains("'path'"))
        #expect(result.stderr.contains("\(file):18:"))
        let good = await Command.run(Binaries.hubd, ["check-config", file.replacingOccurrences(of: "hubd.toml", with: "none.toml")])
        #expect(good.exit == 78)
        let running = await Command.run(Binaries.hubd, ["--config", file])
        #expect(running.exit == 78)
    }
}

/// The stall under load: a hubd left behind by a killed test run read the next run's recycled
/// ptys. The harness now finds such orphans and kills them before the first test starts.
@Suite(.serialized) struct OrphanedDaemonTests {
    @Test func aHubdWhoseRunnerIsGoneIsFoundAsAnOrphan() async throws {
        let hub = try Daemon()
        let spawn = await Command.run(URL(fileURLWithPath: "/usr/bin/setsid"), ["-f", Binaries.hubd.path, "--config", hub.configPath])
        #expect(spawn.exit == 0, "\(spawn.stderr)")
        var orphan: Int32?
        try await waitUntil(seconds: 10, "the detached hubd to appear as an orphan") {
            orphan = OrphanedDaemons.orphans().first { pid in
                (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8))?.contains(hub.configPath) == true
            }
            return orphan != nil
        }
        let pid = try #require(orphan)
        kill(pid, SIGKILL)
        try await waitUntil(seconds: 10, "the orphan to be gone") { !OrphanedDaemons.orphans().contains(pid) }
    }
}
