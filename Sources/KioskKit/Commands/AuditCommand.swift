import ArgumentParser
import HubAPI

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Who did or looked at what (staff only).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this resident's records (reference or number).") var resident: String?
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let entries: [AuditEntry] = try await global.client().get(APIRoute.audit, query: ["resident": resident])
        let p = global.printer
        if json { return try p.json(entries) }
        Printer.line(TextTable.render(
            [p.text("wanneer", "when"), p.text("medewerker", "staff"), p.text("actie", "action"), p.text("bewoner", "resident"), ""],
            entries.map { [HubCalendarText.dayAndTime($0.at), $0.staffName, $0.action, $0.residentId.map(String.init) ?? "", $0.subject ?? ""] }
        ))
    }
}
