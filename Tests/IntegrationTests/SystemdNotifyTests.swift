import Devices
import Foundation
import GRDB
import Testing

/// hubd's sd_notify messages, read from a socket the test binds as systemd would.
@Suite(.serialized) struct SystemdNotifyTests {
    @Test func readyWatchdogAndStoppingAreSentAndPingsStopWhileTheStoreWriterIsStuck() async throws {
        let hub = try Daemon()
        let listener = try NotifyListener(directory: hub.directory)
        try await hub.start(environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "600000"])
        try await waitUntil(seconds: 10, "READY=1") { listener.received.contains { $0.hasPrefix("READY=1\nSTATUS=ready: ") } }
        try await waitUntil(seconds: 10, "watchdog pings") { listener.times(of: "WATCHDOG=1").count >= 5 }

        // Another connection holds the write lock for 3 s; a scan makes hubd's writer wait for it.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: hub.directory + "/data/hub.sqlite", configuration: configuration)
        try await queue.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        try hub.scan("VG00130013")
        let held = ContinuousClock.now
        try await Task.sleep(for: .seconds(3))
        try await queue.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        do {
            try await waitUntil(seconds: 15, "the scan to be stored") { hub.log().contains("scan stored") }
        } catch {
            Issue.record("\(hub.log().suffix(3000))")
            throw error
        }
        try await waitUntil(seconds: 10, "pings to resume") { listener.times(of: "WATCHDOG=1").last.map { $0 > held + .seconds(3) } ?? false }

        let pings = listener.times(of: "WATCHDOG=1")
        let longestGap = zip(pings, pings.dropFirst()).map { $1 - $0 }.max() ?? .zero
        #expect(longestGap > .seconds(2), "no ping while the writer was stuck (longest gap \(longestGap))")
        #expect(hub.log().contains("not answering: store writer"), "\(hub.log().suffix(3000))")

        try await hub.ensureStaff()
        await hub.signal(SIGTERM)
        #expect(listener.received.contains { $0.hasPrefix("STOPPING=1") }, "\(listener.received.suffix(3))")
    }
}

/// The watchdog covers every device loop: an idle one answers its ping, an unplugged device
/// has no loop to ask, and a loop stuck in a call withholds `WATCHDOG=1` and is named.
@Suite(.serialized) struct DeviceLoopWatchdogTests {
    @Test func aStuckReadingThreadStopsThePingsAndIsNamedWhileIdleAndAbsentDevicesAreNot() async throws {
        let absent = """
            [[devices]]
            name = "absent-scanner"
            role = "intake"
            driver = "serial"
            path = "/dev/buurhub-no-such-scanner"
            """
        let hub = try Daemon(extraConfig: absent)
        let listener = try NotifyListener(directory: hub.directory)
        try await hub.start(environment: [
            "NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "600000", FailPoint.variable: "stall:read:intake-scanner",
        ])
        try await waitUntil(seconds: 10, "watchdog pings while every loop is idle") { listener.times(of: "WATCHDOG=1").count >= 5 }
        #expect(!hub.log().contains("not answering"), "\(hub.log().suffix(2000))")

        try hub.scan("VG00130014")
        try await waitUntil(seconds: 10, "the stuck loop to be named") { hub.log().contains("not answering: device intake-scanner") }
        let named = ContinuousClock.now
        try await Task.sleep(for: .seconds(1.5))
        let late = listener.times(of: "WATCHDOG=1").filter { $0 > named }
        #expect(late.isEmpty, "no WATCHDOG=1 while the intake scanner's loop is stuck: \(late.count) sent")
        let line = hub.log().split(separator: "\n").first { $0.contains("not answering:") }.map(String.init) ?? ""
        #expect(!line.contains("pass-reader") && !line.contains("desk-reader") && !line.contains("absent-scanner"), "\(line)")
        #expect(!hub.log().contains("scan stored"), "the stuck loop never handed the scan on")
        await hub.signal(SIGKILL)
    }
}

/// Under systemd, stderr is a journal stream: every line carries its syslog priority.
@Suite struct JournalLogTests {
    @Test func linesCarryTheirPriorityWhenStderrIsTheJournal() async throws {
        let hub = try Daemon()
        try await hub.start(environment: ["JOURNAL_STREAM": Daemon.stderrStream])
        try hub.scan("VG00130013")
        try await waitUntil(seconds: 10, "the scan to be stored") { hub.log().contains("scan stored") }
        let lines = hub.log().split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("<5>hubd: ") && $0.contains("hubd ready") }, "\(lines.prefix(5))")
        #expect(lines.contains { $0.hasPrefix("<5>hubd: barcode=VG00130013 ") && $0.contains("scan stored") })
        #expect(lines.contains { $0.hasPrefix("<6>hubd: ") && $0.contains("database open") })
        #expect(lines.allSatisfy { $0.first == "<" }, "every line is one journal entry: \(lines.prefix(5))")
    }
}
