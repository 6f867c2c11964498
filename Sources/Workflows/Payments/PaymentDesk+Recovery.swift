import Devices
import Foundation
import Inventory
import Logging

extension PaymentDesk {
    /// Settles every UNKNOWN payment from the terminal's record of its last transaction,
    /// newest first (only the newest can be that transaction). Leaves them unknown when the
    /// terminal cannot be reached; the caller tries again later. Never sends a new charge.
    @discardableResult
    public func recover() async -> Int {
        guard !recovering, running == nil else { return (try? await store.unresolved().count) ?? 0 }
        recovering = true
        defer { recovering = false }
        do {
            let unknown = try await store.unresolved()
            guard !unknown.isEmpty else { return 0 }
            try await terminal.prepare()
            let last = try await terminal.lastTransaction()
            lastContact = calendar.now()
            for payment in unknown.reversed() {
                let resolved = try await store.resolve(payment.id ?? 0, terminalLast: Self.record(last))
                logResolution(resolved)
                await announce(resolved, step: nil, progress: { _ in })
            }
            lastProblem = nil
            return 0
        } catch {
            let reason = (error as? PaymentTerminalError)?.message ?? "\(error)"
            lastProblem = reason
            logger.warning("payment recovery must wait — the terminal is not answering", metadata: ["terminal": "\(terminalName)", "reason": "\(reason)"])
            return (try? await store.unresolved().count) ?? 0
        }
    }

    /// Refuses a new payment while an earlier outcome is unknown: charging again before
    /// knowing could charge a resident twice.
    func requireNothingUnresolved() async throws {
        guard try await !store.unresolved().isEmpty else { return }
        await recover()
        guard try await store.unresolved().isEmpty else {
            throw InventoryError(
                .conflict,
                nl: "een eerdere betaling wordt nog nagekeken bij de betaalautomaat — wacht even en probeer opnieuw, zie `kiosk status`",
                en: "an earlier payment is still being checked with the card terminal — wait a moment and try again, see `kiosk status`"
            )
        }
    }

    private func logResolution(_ payment: Payment) {
        let metadata: Logger.Metadata = [
            "payment": "\(payment.id ?? 0)", "reference": "\(payment.reference)", "status": "\(payment.status.rawValue)",
        ]
        logger.notice("payment recovered from the terminal's record", metadata: metadata)
    }

    static func record(_ transaction: TerminalTransaction?) -> PaymentTerminalRecord? {
        guard let transaction, let amount = transaction.amountCents else { return nil }
        return PaymentTerminalRecord(
            amountCents: Int(amount),
            approval: PaymentApproval(
                receiptNumber: transaction.receiptNumber, trace: transaction.trace, terminalID: transaction.terminalID,
                maskedPAN: transaction.maskedPAN, cardName: transaction.cardName
            )
        )
    }
}
