import ArgumentParser
import HubAPI

struct PassesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passes", abstract: "Residents' passes (staff only).", subcommands: [Enroll.self, Block.self, List.self]
    )

    struct Enroll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bind the next tap on a pass reader to a resident.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Resident reference or number.") var resident: String

        func run() async throws {
            let p = global.printer
            p.say("Houd de nieuwe pas voor de paslezer (binnen 60 s)…", "Hold the new pass to the pass reader (within 60 s)…")
            let pass: PassRecord = try await global.client().waitingForTap()
                .send(.POST, APIRoute.passEnroll, body: PassEnrollRequest(resident: resident))
            p.say("pas \(pass.id) gekoppeld aan bewoner \(resident)", "pass \(pass.id) enrolled for resident \(resident)")
        }
    }

    struct Block: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Block a lost pass; enrol a new one for the same resident to keep the history.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Pass number, from `kiosk passes list RESIDENT`.") var pass: String
        @Option(help: "Why, e.g. lost.") var reason: String?

        func run() async throws {
            let blocked: PassRecord = try await global.client()
                .send(.POST, APIRoute.passes + "/\(pass)/block", body: PassBlockRequest(reason: reason))
            global.printer.say(
                "pas \(blocked.id) geblokkeerd — koppel een nieuwe met `kiosk passes enroll`",
                "pass \(blocked.id) blocked — enrol a new one with `kiosk passes enroll`"
            )
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A resident's passes, blocked ones included.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Resident reference or number.") var resident: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let list: ResidentPasses = try await global.client().get(APIRoute.passes, query: ["resident": resident])
            let p = global.printer
            if json { return try p.json(list) }
            p.say("passen van \(list.residentName):", "passes of \(list.residentName):")
            let rows = list.passes.map { pass in
                ["\(pass.id)", HubCalendarText.dayAndTime(pass.enrolledAt), pass.blockedAt.map { p.text("geblokkeerd ", "blocked ") + HubCalendarText.dayAndTime($0) } ?? p.text("actief", "active")]
            }
            Printer.line(TextTable.render(["#", p.text("gekoppeld", "enrolled"), p.text("status", "state")], rows))
        }
    }
}
