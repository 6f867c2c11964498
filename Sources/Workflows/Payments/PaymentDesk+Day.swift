import Devices
import Foundation
import Inventory
import Logging

extension PaymentDesk {
    /// Closes the terminal's day and compares its totals with the hub's approved payments.
    public func closeDay(by actor: StaffActor) async throws -> PaymentReconciliation {
        guard !occupied else { throw Self.busy }
        occupied = true
        defer { occupied = false }
        try await requireNothingUnresolved()
        let totals: TerminalTotals
        do {
            try await terminal.prepare()
            totals = try await terminal.closeDay()
        } catch {
            lastProblem = error.message
            throw InventoryError(
                .refused,
                nl: "de betaalautomaat sloot de dag niet af: \(error.message) — probeer het opnieuw",
                en: "the card terminal did not close the day: \(error.message) — try again"
            )
        }
        lastContact = calendar.now()
        let record = try await store.reconcile(terminalCount: totals.count, terminalAmount: Cents(Int(totals.amountCents)), by: actor)
        if !record.matches {
            logger.error("end-of-day difference between hub and terminal", metadata: [
                "hub_count": "\(record.hubCount)", "hub_cents": "\(record.hubAmountCents)",
                "terminal_count": "\(record.terminalCount)", "terminal_cents": "\(record.terminalAmountCents)",
            ])
        }
        return record
    }

    /// Connects and registers while idle, so the terminal is ready before the first customer
    /// and messages it sends unasked are answered. A failure is kept for `kiosk status`.
    public func connect() async {
        guard !occupied, running == nil, !recovering else { return }
        do {
            try await terminal.prepare()
            lastContact = calendar.now()
            lastProblem = nil
        } catch {
            if lastProblem != error.message {
                logger.warning("card terminal not reachable", metadata: ["terminal": "\(terminalName)", "reason": "\(error.message)"])
            }
            lastProblem = error.message
        }
    }

    public var isHealthy: Bool { lastProblem == nil && lastContact != nil }

    public func status() async -> PaymentDeskStatus {
        let unresolved = (try? await store.unresolved().count) ?? 0
        let reconciliation = try? await store.lastReconciliation()
        return PaymentDeskStatus(
            terminal: terminalName, protocolName: terminal.protocolName, runningPaymentId: running?.id,
            unresolved: unresolved, lastProblem: lastProblem, lastContact: lastContact, lastReconciliation: reconciliation
        )
    }
}
