import ArgumentParser
import Foundation
import HubAPI

/// `kiosk pay AMOUNT --reference REF`: a staff-initiated card payment. The terminal's steps
/// are printed as they happen; the exit code tells scripts how it ended.
struct PayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Charge an amount on the card terminal (staff only)."
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Amount in euros, e.g. 1,50.") var amount: String
    @Option(help: "What the payment is for, unique per purchase, e.g. groceries-0815. A paid reference is never charged twice.")
    var reference: String
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        var patient = try global.client()
        patient.timeout = .seconds(300)
        let client = patient
        let p = global.printer
        let request = PayRequest(amount: amount, reference: reference)
        let reference = reference
        let quiet = json
        let settlement: PaymentSettlement = try await withThrowingTaskGroup(of: PaymentSettlement?.self) { group in
            if !quiet {
                group.addTask { await Self.follow(client: client, reference: reference, printer: p); return nil }
            }
            group.addTask { try await client.send(.POST, APIRoute.payments, body: request) }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let settlement = next { return settlement }
            }
            throw KioskError(.io, "hubd did not answer the payment — see `kiosk payments`")
        }
        if json { try p.json(settlement) } else { PaymentText.printResult(settlement, p) }
        try PaymentText.exit(for: settlement)
    }

    /// Prints each step of this payment from the event stream; ends when cancelled.
    private static func follow(client: HubClient, reference: String, printer p: Printer) async {
        do {
            for try await event in client.events() where event.kind == .payment {
                guard let notice = event.payment, notice.reference == reference, let step = notice.step else { continue }
                p.say("… " + step.text.nl, "… " + step.text.en)
            }
        } catch {}
    }
}
