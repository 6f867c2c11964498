import ArgumentParser
import HubAPI

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Backups of the hub's database to [backup] directory (staff only).",
        subcommands: [Now.self, List.self]
    )

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "now", abstract: "Make a backup now, e.g. before an update.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let record: BackupRecord = try await global.client().send(.POST, APIRoute.backups, body: Optional<String>.none)
            if json { return try global.printer.json(record) }
            let size = StatusCommand.megabytes(record.bytes)
            global.printer.say("back-up gemaakt en gecontroleerd: \(record.name) (\(size))", "backup written and checked: \(record.name) (\(size))")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The backups in the backup directory, newest first.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let records: [BackupRecord] = try await global.client().get(APIRoute.backups)
            let p = global.printer
            if json { return try p.json(records) }
            if records.isEmpty { return p.say("nog geen back-ups", "no backups yet") }
            Printer.line(TextTable.render(
                [p.text("bestand", "file"), p.text("grootte", "size"), p.text("gemaakt", "made")],
                records.map { [$0.name, StatusCommand.megabytes($0.bytes), p.time($0.createdAt)] }
            ))
        }
    }
}
