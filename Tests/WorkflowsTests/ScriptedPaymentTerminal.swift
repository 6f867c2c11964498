import Devices
import Foundation

/// A terminal that plays back what each test scripts, and counts what it was asked to do.
actor ScriptedPaymentTerminal: PaymentTerminal {
    enum Authorization {
        case result(TerminalResult, receipt: [String] = [])
        case failBeforeSending(PaymentTerminalError)
        /// Journals the result, then loses the link before completion.
        case journalThenLose(TerminalResult)
        case loseLink
    }

    nonisolated let protocolName = "scripted"
    var authorizations: [Authorization] = []
    var last: TerminalTransaction?
    var lastFails = false
    var totals = TerminalTotals(count: 0, amountCents: 0)
    private(set) var authorizeCount = 0
    private(set) var lastTransactionCount = 0
    private var held = false
    private var waiting: CheckedContinuation<Void, Never>?

    /// The next `authorize` waits in the middle (customer at the terminal) until `release`.
    func holdNextAuthorization() { held = true }

    func release() {
        held = false
        waiting?.resume()
        waiting = nil
    }

    func script(_ authorization: Authorization) { authorizations.append(authorization) }
    func setLast(_ transaction: TerminalTransaction?) { last = transaction }
    func setLastFails(_ fails: Bool) { lastFails = fails }
    func setTotals(_ value: TerminalTotals) { totals = value }

    func prepare() async throws(PaymentTerminalError) {}

    func authorize(_ request: PaymentRequest, events: PaymentTerminalEvents) async throws(PaymentTerminalError) -> TerminalResult {
        authorizeCount += 1
        let next = authorizations.isEmpty ? .result(.approved(Self.transaction(request.amountCents))) : authorizations.removeFirst()
        await events.progress(.insertCard)
        if held {
            await withCheckedContinuation { waiting = $0 }
        }
        switch next {
        case .result(let result, let receipt):
            try await journal(result, events)
            do { try await events.receipt(receipt) } catch { throw Self.lost }
            return result
        case .failBeforeSending(let error):
            throw error
        case .journalThenLose(let result):
            try await journal(result, events)
            throw Self.lost
        case .loseLink:
            throw Self.lost
        }
    }

    func abort() async throws(PaymentTerminalError) -> Bool { false }

    func lastTransaction() async throws(PaymentTerminalError) -> TerminalTransaction? {
        lastTransactionCount += 1
        if lastFails { throw PaymentTerminalError(.notConnected, "terminal unplugged", outcomeUnknown: false) }
        return last
    }

    func closeDay() async throws(PaymentTerminalError) -> TerminalTotals { totals }

    private func journal(_ result: TerminalResult, _ events: PaymentTerminalEvents) async throws(PaymentTerminalError) {
        do { try await events.journal(result) } catch { throw Self.lost }
    }

    static let lost = PaymentTerminalError(.linkLost, "link lost", outcomeUnknown: true)

    static func transaction(_ cents: Int64, receipt: Int = 1) -> TerminalTransaction {
        TerminalTransaction(receiptNumber: receipt, amountCents: cents, trace: receipt, terminalID: "52500001", maskedPAN: "############0119", cardName: "girocard")
    }
}
