import ArgumentParser
import HubAPI

struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: "Staff login: your PIN, then a tap of your staff pass. Lapses after 5 idle minutes."
    )
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Read the PIN from stdin (for scripts) instead of asking for it.") var pinStdin = false

    func run() async throws {
        let p = global.printer
        let pin = try PINReader.read(prompt: p.text("PIN: ", "PIN: "), fromStdin: pinStdin)
        p.say("Houd nu uw medewerkerspas voor de paslezer…", "Now hold your staff pass to the pass reader…")
        let login: StaffLoginResponse = try await global.client().waitingForTap()
            .send(.POST, APIRoute.staffLogin, body: StaffLoginRequest(pin: pin))
        try SessionFile().write(login.token)
        p.say(
            "ingelogd: \(login.name) — na \(login.idleMinutes) minuten zonder gebruik logt de sessie uit",
            "logged in: \(login.name) — the session ends after \(login.idleMinutes) idle minutes"
        )
    }
}
