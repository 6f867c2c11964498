import ArgumentParser
import Foundation
import HubAPI

extension ResidentsCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Everything the hub holds about a resident, as JSON (a subject-access request, GDPR Art. 15)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Reference or number.") var resident: String
        @Option(help: "Write to this file (made 0600) instead of stdout.") var output: String?

        func run() async throws {
            let document = try await global.client().text(APIRoute.residents + "/" + Show.escaped(resident) + "/export")
            guard let output else { return Printer.line(document) }
            guard FileManager.default.createFile(atPath: output, contents: Data(document.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw ValidationError("could not write \(output) — check the directory exists and is writable")
            }
            global.printer.say("export geschreven naar \(output)", "export written to \(output)")
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a resident (GDPR Art. 17): passes, proxies and manifest lines go, parcels and loans lose the link; payments stay, pseudonymised. Backups are scrubbed too."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Reference or number.") var resident: String
        @Flag(help: "Confirm: an erasure cannot be undone.") var yes = false
        @Flag(help: "One JSON document on stdout.") var json = false

        func validate() throws {
            guard yes else {
                throw ValidationError("an erasure cannot be undone — export first if needed (kiosk residents export), then add --yes")
            }
        }

        func run() async throws {
            let report: ErasureReport = try await global.client().send(
                .POST, APIRoute.residents + "/" + Show.escaped(resident) + "/erase", body: Optional<String>.none
            )
            let p = global.printer
            if json { return try p.json(report) }
            p.say(
                "bewoner \(report.residentId) gewist: \(report.passes) pas(sen), \(report.proxies) mantelzorger(s), \(report.visits) bezoek(en), \(report.signals) signaal/signalen, \(report.manifestLines) manifestregel(s) verwijderd; \(report.parcels) pakket(ten), \(report.loans) uitlening(en) ontkoppeld; \(report.keptServiceUses) dienst(en) en hun betalingen bewaard zonder naam",
                "resident \(report.residentId) erased: \(report.passes) pass(es), \(report.proxies) prox(ies), \(report.visits) visit(s), \(report.signals) signal(s), \(report.manifestLines) manifest line(s) deleted; \(report.parcels) parcel(s), \(report.loans) loan(s) unlinked; \(report.keptServiceUses) service use(s) and their payments kept without a name"
            )
            if report.creditLeftCents != 0 {
                let left = Cents(report.creditLeftCents).formatted(global.language)
                p.say("let op: \(left) tegoed over — dat betaalt het kantoor terug", "note: \(left) credit left — the office refunds it")
            }
            PrivacyText.backups(scrubbed: report.backupsScrubbed, pending: report.backupsPending, p)
        }
    }

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the nightly retention purge now ([retention] in hubd.toml)."
        )
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let report: PurgeReport = try await global.client().send(.POST, APIRoute.retentionPurge, body: Optional<String>.none)
            let p = global.printer
            if json { return try p.json(report) }
            p.say(
                "opgeschoond: \(report.manifestLines) manifestregel(s), \(report.parcels) pakket(ten), \(report.loans) uitlening(en), \(report.movements) voorraadboeking(en), \(report.paymentDetails) kaartgegevens, \(report.signals) signaal/signalen, \(report.visits) bezoek(en); \(report.residentsErased) bewoner(s) gewist",
                "purged: \(report.manifestLines) manifest line(s), \(report.parcels) parcel(s), \(report.loans) loan(s), \(report.movements) stock movement(s), \(report.paymentDetails) card detail(s), \(report.signals) signal(s), \(report.visits) visit(s); \(report.residentsErased) resident(s) erased"
            )
            PrivacyText.backups(scrubbed: report.backupsScrubbed, pending: report.backupsPending, p)
        }
    }
}

enum PrivacyText {
    static func backups(scrubbed: Int, pending: Bool, _ p: Printer) {
        if pending {
            p.say(
                "de back-ups zijn nog niet opgeschoond: de back-upmap is niet bereikbaar — steek de USB-stick erin; de nachtelijke back-up doet het dan",
                "the backups are not scrubbed yet: the backup directory cannot be reached — plug the USB stick in; the nightly backup does it then"
            )
        } else if scrubbed > 0 {
            p.say("\(scrubbed) back-up(s) ook opgeschoond", "\(scrubbed) backup(s) scrubbed as well")
        }
    }
}
