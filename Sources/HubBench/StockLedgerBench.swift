import Foundation
import Inventory
import Logging

/// `hub-bench stock-ledger DIR [DAYS]`: writes DIR/data/hub.sqlite with DAYS (default 3650) of
/// generated stock history, a staff session for `kiosk` (DIR/session) and DIR/hubd.toml, so
/// `scripts/bench-stock` can time the real commands against it.
enum StockLedgerBench {
    static func run(directory: String, days: Int) async throws -> String {
        let data = directory + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        var logger = Logger(label: "hub-bench")
        logger.logLevel = .warning
        let generator = StockLedgerGenerator(directory: data, days: days)
        let started = ContinuousClock.now
        let movements = try await generator.run(logger: logger)
        let elapsed = ContinuousClock.now - started
        try await writeSession(data: data, directory: directory, logger: logger)
        try config(directory: directory).write(toFile: directory + "/hubd.toml", atomically: true, encoding: .utf8)
        return "generated \(movements) movements over \(days) days in \(String(format: "%.0f", elapsed.seconds)) s into \(data)/hub.sqlite"
    }

    private static func writeSession(data: String, directory: String, logger: Logger) async throws {
        let database = try HubDatabase(path: data + "/hub.sqlite", logger: logger)
        let calendar = HubCalendar()
        let staff = StaffStore(database: database, calendar: calendar, hasher: PINHasher(rounds: 1024), rules: KioskRules())
        let key = HubKey(bytes: Data(repeating: 3, count: 32))
        let member = try await staff.add(name: "Bench", pin: "2468", pass: key.digest(ofPass: [0xBE, 0x0C, 0x00, 0x01]), by: nil)
        let token = try await staff.openSession(staffID: member.id ?? 0, origin: "cli", ownerUID: getuid())
        try (token + "\n").write(toFile: directory + "/session", atomically: true, encoding: .utf8)
    }

    private static func config(directory: String) -> String {
        """
        [hub]
        name = "bench hub"
        data_dir = "\(directory)/data"
        socket = "\(directory)/hubd.sock"

        [kiosk]
        staff_idle_minutes = 600

        [dashboard]
        listen = "127.0.0.1:8088"

        [[suppliers]]
        id = "vegro"
        name = "Vegro"
        patterns = ['^VG[0-9]{8}$']
        rate = "2,50"
        """
    }
}
