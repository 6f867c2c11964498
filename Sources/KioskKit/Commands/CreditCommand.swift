import ArgumentParser
import HubAPI

struct CreditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit", abstract: "Prepaid credit for `credit` services (staff only).", subcommands: [TopUp.self]
    )

    struct TopUp: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "topup", abstract: "Add credit to a resident's balance.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Resident reference or number.") var resident: String
        @Argument(help: "Amount in euros, e.g. 10,00.") var amount: String

        func run() async throws {
            let answer: CreditResponse = try await global.client().send(.POST, APIRoute.credit, body: CreditTopUpRequest(resident: resident, amount: amount))
            let balance = Cents(answer.balanceCents)
            global.printer.say("tegoed van \(resident): \(balance.formatted(.nl))", "credit of \(resident): \(balance.formatted(.en))")
        }
    }
}
