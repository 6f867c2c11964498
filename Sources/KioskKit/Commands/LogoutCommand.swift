import ArgumentParser
import HubAPI

struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "End your staff session.")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await global.client().sendNoContent(.DELETE, APIRoute.staffLogin)
        SessionFile().remove()
        global.printer.say("uitgelogd", "logged out")
    }
}
