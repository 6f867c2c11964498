import ArgumentParser
import Foundation
import HubAPI

struct StatusCommand: AsyncParsableCommand {
    /// "12 (rate-limited 10, repeated 2)", or "0".
    static func dropped(_ counts: [String: Int]) -> String {
        let total = counts.values.reduce(0, +)
        guard total > 0 else { return "0" }
        return "\(total) (" + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
    }

    static let configuration = CommandConfiguration(commandName: "status", abstract: "Daemon health and every configured device's state.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let status: StatusResponse = try await global.client().get(APIRoute.status)
        let p = global.printer
        if json { return try p.json(status) }
        p.say("hub \(status.hub) — hubd \(status.version), pid \(status.pid), sinds \(p.time(status.startedAt))",
              "hub \(status.hub) — hubd \(status.version), pid \(status.pid), since \(p.time(status.startedAt))")
        p.say("config: \(status.configSource)", "config: \(status.configSource)")
        p.say("database: \(status.database) (synchronous=\(status.synchronous == 2 ? "FULL" : String(status.synchronous)))",
              "database: \(status.database) (synchronous=\(status.synchronous == 2 ? "FULL" : String(status.synchronous)))")
        if let storage = status.storage { Self.printStorage(storage, p) }
        if let central = status.central { CentralStatusText.print(central, p) }
        p.say("aan de balie: \(status.staff?.staffName ?? "niemand ingelogd (kiosk login)")",
              "at the console: \(status.staff?.staffName ?? "nobody logged in (kiosk login)")")
        p.say("vandaag: \(status.parcelsToday) pakketten, \(status.unassigned) niet toegewezen, \(status.overdue) te laat",
              "today: \(status.parcelsToday) parcels, \(status.unassigned) unassigned, \(status.overdue) overdue")
        Printer.line()
        let rows = status.devices.map { d in
            [d.name, d.role?.rawValue ?? "-", d.driver.rawValue, (d.path ?? "-") + (d.simulated ? " (sim)" : ""),
             String(d.delivered), Self.dropped(d.dropped), d.state + (d.reason.map { ": \($0)" } ?? "")]
        }
        Printer.line(TextTable.render(
            [p.text("apparaat", "device"), p.text("rol", "role"), "driver", p.text("pad", "path"), "in",
             p.text("genegeerd", "dropped"), p.text("toestand", "state")],
            rows
        ))
        if status.devices.isEmpty { p.say("(geen apparaten ingesteld)", "(no devices configured)") }
        for tap in status.unknownPassTaps {
            p.say("onbekende pas op \(tap.device) om \(p.time(tap.time)) — help de bewoner bij de balie",
                  "unknown pass on \(tap.device) at \(p.time(tap.time)) — help the resident at the desk")
        }
        for purpose in status.waitingForTap {
            p.say("wacht op een pas: \(purpose)", "waiting for a pass tap: \(purpose)")
        }
        if let payment = status.payment { Self.printPayment(payment, p) }
        if let stock = status.stock { StockStatusText.print(stock, p) }
    }

    private static func printStorage(_ storage: StorageHealth, _ p: Printer) {
        let free = storage.freeBytes.map(Self.megabytes) ?? "?"
        let backup = storage.lastBackupAt.map { p.time($0) }
        p.say("opslag: \(free) vrij, database \(Self.megabytes(storage.databaseBytes)), laatste back-up: \(backup ?? "nog nooit")",
              "storage: \(free) free, database \(Self.megabytes(storage.databaseBytes)), last backup: \(backup ?? "never")")
        if let error = storage.lastWriteError, let at = storage.lastWriteErrorAt {
            p.say("  LET OP: schrijven mislukt om \(p.time(at)): \(error) — maak ruimte op de SD-kaart of vervang hem",
                  "  WARNING: a write failed at \(p.time(at)): \(error) — free space on the SD card or replace it")
        }
        if let free = storage.freeBytes, free < 100_000_000 {
            p.say("  LET OP: minder dan 100 MB vrij", "  WARNING: less than 100 MB free")
        }
    }

    /// "512 MB", "3.4 GB": what someone checking an SD card reads.
    static func megabytes(_ bytes: Int64) -> String {
        bytes >= 1_000_000_000 ? String(format: "%.1f GB", Double(bytes) / 1e9) : "\(bytes / 1_000_000) MB"
    }

    private static func printPayment(_ payment: PaymentDeskStatus, _ p: Printer) {
        let contact = payment.lastContact.map { p.time($0) } ?? p.text("nog niet", "not yet")
        p.say("betaalautomaat \(payment.terminal) (\(payment.protocolName)): laatste contact \(contact)",
              "card terminal \(payment.terminal) (\(payment.protocolName)): last contact \(contact)")
        if let running = payment.runningPaymentId {
            p.say("  bezig met betaling #\(running)", "  busy with payment #\(running)")
        }
        if payment.unresolved > 0 {
            p.say("  \(payment.unresolved) betaling(en) met onbekende uitkomst — hubd vraagt het de automaat na; nieuwe betalingen wachten",
                  "  \(payment.unresolved) payment(s) with unknown outcome — hubd is checking with the terminal; new payments wait")
        }
        if let problem = payment.lastProblem {
            p.say("  laatste probleem: \(problem)", "  last problem: \(problem)")
        }
        if let record = payment.lastReconciliation {
            Printer.line("  " + PaymentText.reconciliation(record, p))
        } else {
            p.say("  nog geen dagafsluiting (kiosk payments close-day)", "  no day closed yet (kiosk payments close-day)")
        }
    }
}
