import ArgumentParser
import HubAPI

struct ParcelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parcels", abstract: "The parcels of a day, overdue cold-chain parcels first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Day as YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "unassigned | assigned | not-home | delivered | returned") var status: String?
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let parcels: [ParcelView] = try await global.client().get(APIRoute.parcels, query: ["date": date, "status": status])
        let p = global.printer
        if json { return try p.json(parcels) }
        guard !parcels.isEmpty else {
            return p.say("geen pakketten — scan ze bij de intake", "no parcels — scan them at intake")
        }
        let rows = parcels.map { v in
            [
                (v.overdue ? "! " : "") + v.barcode, p.supplier(v), p.time(v.receivedAt),
                v.resident?.name ?? "-", v.status.label(global.language) + (v.medication ? " ℞" : ""),
                v.deadlineAt.map { (v.overdue ? p.text("TE LAAT ", "OVERDUE ") : "") + p.time($0) } ?? "",
            ]
        }
        Printer.line(TextTable.render(
            ["barcode", p.text("leverancier", "supplier"), p.text("binnen", "in"), p.text("bewoner", "resident"),
             p.text("status", "status"), p.text("uiterlijk", "deadline")],
            rows
        ))
    }
}
