import ArgumentParser
import HubAPI

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Who did or looked at what (staff only).",
        subcommands: [List.self, Verify.self], defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The trail, newest first.")
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

    /// Exit 0 when every row links to the one before it, 65 (EX_DATAERR) when one does not.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: "Check that no audit row was changed, inserted or deleted."
        )
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let result: AuditVerification = try await global.client().get(APIRoute.auditVerify)
            let p = global.printer
            if json {
                try p.json(result)
            } else if let broken = result.firstBroken {
                let intact = broken.lastIntactId.map { p.text("; rijen t/m \($0) zijn in orde", "; rows up to \($0) are intact") } ?? ""
                p.say(
                    "audit GESCHONDEN: rij \(broken.id) (\(broken.at)) is gewijzigd of ingevoegd, of er is een rij vóór verwijderd — \(result.brokenLinks) van \(result.rows) rijen kloppen niet\(intact)",
                    "audit TAMPERED: row \(broken.id) (\(broken.at)) was changed or inserted, or a row before it was deleted — \(result.brokenLinks) of \(result.rows) rows do not link\(intact)"
                )
            } else {
                p.say(
                    "audit in orde: \(result.rows) rijen, elke rij sluit aan op de vorige (kop \(result.head ?? "-"))",
                    "audit intact: \(result.rows) rows, each linked to the one before (head \(result.head ?? "-"))"
                )
            }
            if result.firstBroken != nil { throw ExitCode(65) }
        }
    }
}
