import Devices
import Foundation
import Inventory
import Logging

extension PaymentDesk {
    /// Nothing reached the terminal (or it refused outright): the payment ends aborted and
    /// the reference is free for a new attempt.
    func finishRefused(_ payment: Payment, _ error: some Error) async -> Payment {
        let reason = (error as? PaymentTerminalError)?.message ?? "\(error)"
        lastProblem = reason
        logger.warning("payment not started on the terminal", metadata: ["payment": "\(payment.id ?? 0)", "terminal": "\(terminalName)", "reason": "\(reason)"])
        return await journalAborted(payment, reason: reason)
    }

    func handleFailure(_ payment: Payment, _ error: PaymentTerminalError) async -> Payment {
        guard error.outcomeUnknown else {
            return await finishRefused(payment, error)
        }
        lastProblem = error.message
        logger.error(
            "payment outcome unknown — recovering from the terminal's record, never charging again",
            metadata: ["payment": "\(payment.id ?? 0)", "terminal": "\(terminalName)", "reason": "\(error.message)"]
        )
        return await markUnknownAndRecover(payment, reason: error.message)
    }

    /// The store itself failed (disk full, I/O error): the outcome is not safely written, so
    /// it is treated as unknown and left for recovery.
    func handleUnexpected(_ payment: Payment, _ error: any Error) async -> Payment {
        store.noteFailedWrite(error)
        lastProblem = "\(error)"
        logger.critical("payment journal failed — recovery will settle it", metadata: ["payment": "\(payment.id ?? 0)", "error": "\(error)"])
        return await markUnknownAndRecover(payment, reason: "the hub could not store the result: \(error)")
    }

    private func markUnknownAndRecover(_ payment: Payment, reason: String) async -> Payment {
        let id = payment.id ?? 0
        do {
            let current = try await store.payment(id: id)
            if current?.status.isFinal != true {
                try await store.markUnknown(id, reason: reason)
            }
            running = nil
            await recover()
            return try await store.payment(id: id) ?? payment
        } catch {
            logger.critical("payment state could not be stored", metadata: ["payment": "\(id)", "error": "\(error)"])
            return payment
        }
    }

    private func journalAborted(_ payment: Payment, reason: String) async -> Payment {
        do {
            let final = try await store.journal(payment.id ?? 0, .aborted(code: -1, reason: reason))
            await announce(final, step: nil, progress: { _ in })
            return final
        } catch {
            logger.critical("payment state could not be stored", metadata: ["payment": "\(payment.id ?? 0)", "error": "\(error)"])
            return payment
        }
    }

    static var busy: InventoryError {
        InventoryError(
            .conflict,
            nl: "de betaalautomaat is bezig met een andere betaling — wacht tot die klaar is",
            en: "the card terminal is busy with another payment — wait until it has finished"
        )
    }
}
