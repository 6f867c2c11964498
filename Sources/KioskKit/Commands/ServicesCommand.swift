import ArgumentParser
import HubAPI

extension ServiceKind: ExpressibleByArgument {}
extension PaymentMethod: ExpressibleByArgument {}

struct ServicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services", abstract: "Rides, chores and activities with their own contribution.", subcommands: [List.self, Add.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The catalogue as the kiosk offers it.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let services: [Service] = try await global.client().get(APIRoute.services)
            let p = global.printer
            if json { return try p.json(services) }
            guard !services.isEmpty else {
                return p.say("nog geen diensten — voeg toe met `kiosk services add`", "no services yet — add one with `kiosk services add`")
            }
            let rows = services.map { s in
                [s.code, s.kind.label(global.language), s.name, s.price.formatted(global.language), s.payment.rawValue,
                 "max " + Cents(s.maxPriceCents).formatted(global.language)]
            }
            Printer.line(TextTable.render(["code", p.text("soort", "kind"), p.text("naam", "name"), p.text("prijs", "price"),
                                    p.text("betaling", "payment"), ""], rows))
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a ride, chore or activity (staff only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Short code, e.g. markt.") var code: String
        @Option(help: "ride | chore | activity") var kind: ServiceKind
        @Option(help: "What the resident reads, e.g. \"Rit naar de markt\".") var name: String
        @Option(help: "For rides: where to.") var destination: String?
        @Option(help: "Own contribution in euros, e.g. 1,50 (0 allowed).") var price: String
        @Option(help: "The highest price this service may have (default from the config).") var maxPrice: String?
        @Option(help: "pin | invoice | credit | free") var payment: PaymentMethod
        @Option(help: "Place in the kiosk's list (1 = first).") var position: Int?

        func run() async throws {
            let fields = ServiceFields(
                code: code, kind: kind, name: name, destination: destination, price: price,
                maxPrice: maxPrice, payment: payment, position: position
            )
            let service: Service = try await global.client().send(.POST, APIRoute.services, body: fields)
            global.printer.say(
                "dienst \(service.code) toegevoegd: \(service.name), \(service.price.formatted(.nl))",
                "service \(service.code) added: \(service.name), \(service.price.formatted(.en))"
            )
        }
    }
}
