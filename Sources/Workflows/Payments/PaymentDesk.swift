import Devices
import Foundation
import Inventory
import Logging

/// The protocol-neutral payment core: one payment at a time, each step committed before the
/// next goes to the terminal, and an outcome it cannot know handed to recovery, never retried.
///
/// The terminal adapter (ZVT today, O.P.I. later) only sees `PaymentTerminal`; nothing here
/// knows a protocol.
public actor PaymentDesk {
    let store: PaymentStore
    let terminal: any PaymentTerminal
    public nonisolated let terminalName: String
    let events: EventBroadcaster?
    let logger: Logger
    let calendar: HubCalendar
    var running: Payment?
    /// Set from the first line of `pay`, before any suspension, so two requests racing in
    /// cannot both start a charge.
    var occupied = false
    var lastProblem: String? {
        didSet { if lastProblem != nil { problemSignal.yield() } }
    }
    /// Yields when the desk meets a problem (a terminal it cannot reach, a payment whose
    /// outcome it could not learn), so payment recovery wakes for it rather than looking at a
    /// healthy desk every few seconds.
    public nonisolated let problems: AsyncStream<Void>
    private let problemSignal: AsyncStream<Void>.Continuation
    var lastContact: Date?
    var recovering = false
    /// Told each status a payment ends in, once it is committed (the app layer counts them).
    let settled: (@Sendable (PaymentStatus) -> Void)?

    public init(
        store: PaymentStore, terminal: any PaymentTerminal, terminalName: String, calendar: HubCalendar,
        events: EventBroadcaster?, logger: Logger, settled: (@Sendable (PaymentStatus) -> Void)? = nil
    ) {
        self.settled = settled
        self.store = store
        self.terminal = terminal
        self.terminalName = terminalName
        self.calendar = calendar
        self.events = events
        self.logger = logger
        (problems, problemSignal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Charges `intent.amount` for `intent.reference`, or answers with the approval that
    /// already paid it. `progress` follows the terminal's steps for a screen.
    public func pay(
        _ intent: PaymentIntent, progress: @escaping @Sendable (PaymentStep) async -> Void = { _ in }
    ) async throws -> PaymentSettlement {
        guard !occupied else { throw Self.busy }
        occupied = true
        defer { occupied = false }
        try await requireNothingUnresolved()
        let payment: Payment
        switch try await store.begin(intent) {
        case .alreadyApproved(let approved):
            return try await settlement(approved, alreadyPaid: true)
        case .created(let created):
            payment = created
        }
        running = payment
        defer { running = nil }
        FailPoint.reach("payment.pending")
        let final = await charge(payment, progress: progress)
        return try await settlement(final, alreadyPaid: false)
    }

    /// Asks the terminal to stop the running payment; false when none runs or it refused.
    public func abort() async -> Bool {
        guard running != nil else { return false }
        do {
            return try await terminal.abort()
        } catch {
            logger.warning("payment terminal did not take the abort", metadata: ["terminal": "\(terminalName)", "reason": "\(error.message)"])
            return false
        }
    }

    private func charge(_ payment: Payment, progress: @escaping @Sendable (PaymentStep) async -> Void) async -> Payment {
        let id = payment.id ?? 0
        await announce(payment, step: .connecting, progress: progress)
        do {
            try await terminal.prepare()
        } catch {
            return await finishRefused(payment, error)
        }
        do {
            try await store.markSent(id)
            let result = try await terminal.authorize(
                PaymentRequest(reference: payment.reference, amountCents: Int64(payment.amountCents)),
                events: terminalEvents(for: payment, progress: progress)
            )
            lastContact = calendar.now()
            lastProblem = nil
            let final = try await finish(id, result)
            await announce(final, step: nil, progress: progress)
            return final
        } catch let error as PaymentTerminalError {
            return await handleFailure(payment, error)
        } catch {
            return await handleUnexpected(payment, error)
        }
    }

    private func finish(_ id: Int64, _ result: TerminalResult) async throws -> Payment {
        if case .approved = result {
            return try await store.complete(id)
        }
        if let journalled = try await store.payment(id: id) {
            return journalled
        }
        return try await store.journal(id, Self.outcome(result))
    }

    private func terminalEvents(for payment: Payment, progress: @escaping @Sendable (PaymentStep) async -> Void) -> PaymentTerminalEvents {
        let id = payment.id ?? 0
        let store = store
        return PaymentTerminalEvents(
            progress: { [weak self] step in
                await self?.announce(payment, step: PaymentStep(step), progress: progress)
            },
            journal: { result in
                FailPoint.reach("payment.result-received")
                _ = try await store.journal(id, Self.outcome(result))
            },
            receipt: { lines in
                try await store.appendReceipt(id, lines: lines.map(CardNumberRedactor.redact))
            }
        )
    }

    /// A step on the way, or (with no step) the committed end: recovery may later end a payment
    /// that ended unknown a second time, under the status it resolved to.
    func announce(_ payment: Payment, step: PaymentStep?, progress: @escaping @Sendable (PaymentStep) async -> Void) async {
        if let step { await progress(step) } else { settled?(payment.status) }
        let notice = PaymentNotice(
            id: payment.id ?? 0, reference: payment.reference, amountCents: payment.amountCents, status: payment.status, step: step
        )
        let message = step?.text ?? PaymentMessages.result(payment)
        await events?.publish(HubEvent(kind: .payment, time: calendar.now(), device: terminalName, barcode: nil, message: message, payment: notice))
    }

    private func settlement(_ payment: Payment, alreadyPaid: Bool) async throws -> PaymentSettlement {
        let receipt = try await store.receipt(payment.id ?? 0)
        return PaymentSettlement(payment: payment, receipt: receipt, alreadyPaid: alreadyPaid)
    }

    static func outcome(_ result: TerminalResult) -> PaymentOutcome {
        switch result {
        case .approved(let transaction):
            .approved(PaymentApproval(
                receiptNumber: transaction.receiptNumber, trace: transaction.trace, terminalID: transaction.terminalID,
                maskedPAN: transaction.maskedPAN, cardName: transaction.cardName
            ))
        case .declined(let code, let reason):
            .declined(code: code, reason: CardNumberRedactor.redact(reason))
        case .aborted(let code, let reason):
            .aborted(code: code, reason: CardNumberRedactor.redact(reason))
        }
    }
}
