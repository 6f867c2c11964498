import ArgumentParser
import HubAPI

extension InvoiceCommand {
    struct Rates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each supplier's rate per delivered parcel, and whether config, a command or central set it.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let rates: [SupplierRate] = try await global.client().get(APIRoute.supplierRates)
            let p = global.printer
            if json { return try p.json(rates) }
            Printer.line(TextTable.render(
                [p.text("leverancier", "supplier"), p.text("tarief", "rate"), p.text("uit", "from")],
                rates.map { rate in
                    let amount = rate.rateCents.map { Cents($0).formatted(p.language) } ?? p.text("geen", "none")
                    let source = switch rate.source {
                    case "command": "kiosk (\(rate.setBy ?? ""), \(p.time(rate.setAt)))"
                    case "central": "central (\(p.time(rate.setAt)))"
                    default: rate.source
                    }
                    return [rate.supplierId, amount, source]
                }
            ))
        }
    }

    struct Rate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a supplier's rate per delivered parcel from now on; closed months keep theirs."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The supplier's id from [[suppliers]].") var supplier: String
        @Argument(help: "The amount per delivery, e.g. 2,50.") var amount: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let rate: SupplierRate = try await global.client().send(.POST, APIRoute.supplierRates, body: SupplierRateRequest(supplier: supplier, rate: amount))
            if json { return try global.printer.json(rate) }
            let money = Cents(rate.rateCents ?? 0).formatted(global.printer.language)
            global.printer.say("tarief \(rate.supplierId): \(money) per levering", "rate \(rate.supplierId): \(money) per delivery")
        }
    }
}
