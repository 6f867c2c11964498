import ArgumentParser
import HubAPI

struct StatusCommand: AsyncParsableCommand {
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
        p.say("aan de balie: \(status.staff?.staffName ?? "niemand ingelogd (kiosk login NAAM)")",
              "at the console: \(status.staff?.staffName ?? "nobody logged in (kiosk login NAME)")")
        p.say("vandaag: \(status.parcelsToday) pakketten, \(status.unassigned) niet toegewezen, \(status.overdue) te laat",
              "today: \(status.parcelsToday) parcels, \(status.unassigned) unassigned, \(status.overdue) overdue")
        print("")
        let rows = status.devices.map { d in
            [d.name, d.role?.rawValue ?? "-", d.driver.rawValue, (d.path ?? "-") + (d.simulated ? " (sim)" : ""), d.state + (d.reason.map { ": \($0)" } ?? "")]
        }
        print(TextTable.render(
            [p.text("apparaat", "device"), p.text("rol", "role"), "driver", p.text("pad", "path"), p.text("toestand", "state")],
            rows
        ))
        if status.devices.isEmpty { p.say("(geen apparaten ingesteld)", "(no devices configured)") }
    }
}
