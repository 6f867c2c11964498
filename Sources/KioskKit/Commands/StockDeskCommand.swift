import ArgumentParser
import Foundation
import HubAPI

/// `kiosk stock desk …`: the batch the stock scanner fills. Nothing is booked before `confirm`.
struct StockDeskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk", abstract: "The stock desk's open batch: start, show, undo, quantity, compare, confirm, cancel.",
        subcommands: [Start.self, Show.self, Undo.self, Quantity.self, Compare.self, Confirm.self, Cancel.self], defaultSubcommand: Show.self
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a batch: receive | issue | return | cleaning-done | stocktake | send-back | write-off."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "receive | issue | return | cleaning-done | stocktake | send-back | write-off") var mode: StockDeskMode
        @Option(help: "Issue to this resident (reference or number).") var resident: String?
        @Option(help: "Why the items are written off (required for write-off), e.g. \"damaged\".") var reason: String?
        @Flag(help: "Issue to whoever taps their pass next.") var tap = false
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let p = global.printer
            var client = try global.client()
            if tap {
                client = client.waitingForTap()
                p.warn("laat de bewoner de pas op de paslezer tikken…", "have the resident tap their pass on the pass reader…")
            }
            let view: StockDeskView = try await client.send(
                .POST, APIRoute.stockDeskStart, body: StockDeskStartRequest(mode: mode, resident: resident, tap: tap, reason: reason)
            )
            if json { return try p.json(view) }
            StockDeskText.print(view, p)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The open batch with its lines and totals.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let view: StockDeskView = try await global.client().get(APIRoute.stockDesk)
            if json { return try global.printer.json(view) }
            StockDeskText.print(view, global.printer)
        }
    }

    struct Undo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back the last scan or quantity.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let view: StockDeskView = try await global.client().send(.POST, APIRoute.stockDeskUndo, body: Optional<String>.none)
            if json { return try global.printer.json(view) }
            StockDeskText.print(view, global.printer)
        }
    }

    struct Quantity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set how many of the last scanned consumable (1–9999).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The count, 1 to 9999.") var quantity: Int
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let view: StockDeskView = try await global.client().send(
                .POST, APIRoute.stockDeskQuantity, body: StockDeskQuantityRequest(quantity: quantity)
            )
            if json { return try global.printer.json(view) }
            StockDeskText.print(view, global.printer)
        }
    }

    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The open receive batch against the last order slip.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let comparison: VanComparison = try await global.client().get(APIRoute.stockDeskCompare)
            if json { return try global.printer.json(comparison) }
            StockDeskText.print(comparison, global.printer)
        }
    }

    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Book the batch. A receive that differs from the open order slip needs --accept-differences."
        )
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Book a receive even though it differs from the order slip.") var acceptDifferences = false
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let p = global.printer
            let client = try global.client()
            let view: StockDeskView = try await client.get(APIRoute.stockDesk)
            if view.mode == .receive, !acceptDifferences {
                let comparison: VanComparison = try await client.get(APIRoute.stockDeskCompare)
                if comparison.orderSlipId != nil, !comparison.matches {
                    StockDeskText.print(comparison, p)
                    throw KioskError(.refused, p.text(
                        "de levering wijkt af van de bestelbon — niets geboekt; scan wat ontbreekt, `kiosk stock desk undo` wat te veel is, of boek zo met --accept-differences",
                        "the delivery differs from the order slip — nothing booked; scan what is missing, `kiosk stock desk undo` what is extra, or book as is with --accept-differences"
                    ))
                }
            }
            let receipt: StockDeskReceipt = try await client.send(.POST, APIRoute.stockDeskConfirm, body: Optional<String>.none)
            if json { return try p.json(receipt) }
            StockDeskText.print(receipt, p)
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop the open batch; nothing was booked.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let view: StockDeskView = try await global.client().send(.POST, APIRoute.stockDeskCancel, body: Optional<String>.none)
            global.printer.say("partij \(view.mode.label.nl) geannuleerd (\(view.lines.count) regels) — niets geboekt",
                               "\(view.mode.label.en) batch cancelled (\(view.lines.count) lines) — nothing booked")
        }
    }
}
