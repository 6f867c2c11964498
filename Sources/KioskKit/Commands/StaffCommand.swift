import ArgumentParser
import HubAPI

struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Staff members: a staff pass plus a PIN of 4–8 digits.", subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff member: PIN twice, then a tap of their new staff pass. The very first needs no login."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Their name, as scans and the audit trail will show it.") var name: String
        @Flag(help: "Read the PIN from stdin (for scripts).") var pinStdin = false

        func run() async throws {
            let p = global.printer
            let pin = try PINReader.read(prompt: p.text("Nieuwe PIN (4–8 cijfers): ", "New PIN (4–8 digits): "), fromStdin: pinStdin)
            if !pinStdin {
                let again = try PINReader.read(prompt: p.text("Nog een keer: ", "Once more: "), fromStdin: false)
                guard again == pin else { throw KioskError(.usage, p.text("de PINs verschillen — begin opnieuw", "the PINs differ — start again")) }
            }
            p.say("Houd nu de medewerkerspas van \(name) voor de paslezer…", "Now hold \(name)'s staff pass to the pass reader…")
            let member: StaffMember = try await global.client().waitingForTap()
                .send(.POST, APIRoute.staff, body: StaffAddRequest(name: name, pin: pin))
            p.say("medewerker \(member.name) toegevoegd — log in met `kiosk login`", "staff member \(member.name) added — log in with `kiosk login`")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff members.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let members: [StaffMember] = try await global.client().get(APIRoute.staff)
            Printer.line(TextTable.render(["#", global.printer.text("naam", "name")], members.map { ["\($0.id)", $0.name] }))
        }
    }
}
