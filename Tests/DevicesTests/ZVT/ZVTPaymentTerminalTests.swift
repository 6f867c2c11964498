@testable import Devices
import Testing

@Suite struct ZVTPaymentTerminalTests {
    typealias M = ZVTTerminalMessages
    typealias Step = ScriptedZVTLink.Step

    private func run(_ steps: [Step], failJournal: Bool = false) async -> (ScriptedZVTLink, PaymentCallbacks, Result<TerminalResult, PaymentTerminalError>) {
        let log = EventLog()
        let link = ScriptedZVTLink(steps, log: log)
        let fixture = ZVTTerminalFixture([link], log: log)
        let callbacks = PaymentCallbacks(log: log, failJournal: failJournal)
        let result: Result<TerminalResult, PaymentTerminalError>
        do {
            result = .success(try await fixture.terminal.authorize(ZVTTerminalFixture.request, events: callbacks.events))
        } catch {
            result = .failure(error)
        }
        await fixture.terminal.disconnect()
        return (link, callbacks, result)
    }

    @Test func approvalIsJournalledBeforeItIsAcknowledged() async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.status(0x0A)]),
            Step(expect: M.reply, answers: [M.result(0x00, receipt: 42, cents: 150)]),
            Step(expect: M.reply, answers: [M.printLine("Danke")]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        let expected = TerminalTransaction(
            receiptNumber: 42, amountCents: 150, trace: 123, terminalID: "52500038", maskedPAN: "************1111"
        )
        #expect(try result.get() == .approved(expected))
        #expect(callbacks.journal == [.approved(expected)])
        #expect(callbacks.progress == [.insertCard])
        #expect(callbacks.receipts == [["Danke"]])
        #expect(link.remainingSteps == 0 && link.unexpected.isEmpty)
        let reply = "sent \(ZVTAPDU.positiveReply.logLabel)"
        #expect(link.log.all == [
            "sent \(ZVTTerminalFixture.authorization().logLabel)", reply,
            "journal start", "journal end", reply, reply, reply,
        ])
    }

    @Test func declineIsJournalledAndReturned() async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.result(0x05)]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        guard case .declined(let code, _) = try result.get() else {
            Issue.record("expected a decline, got \(result)")
            return
        }
        #expect(code == 0x05)
        #expect(callbacks.journal.count == 1)
        #expect(link.remainingSteps == 0)
    }

    @Test func terminalTimeoutEndsAbortedAndIsJournalled() async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.status(0x0A)]),
            Step(expect: M.reply, answers: [M.abort(0x6C)]),
            Step(expect: M.reply, answers: []),
        ])
        let aborted = TerminalResult.aborted(code: 0x6C, reason: "cancelled or timed out on the terminal")
        #expect(try result.get() == aborted)
        #expect(callbacks.journal == [aborted])
        #expect(link.remainingSteps == 0)
    }

    @Test(arguments: [UInt8(0x9C), UInt8(0x83)])
    func busyTerminalRefusesWithoutUnknownOutcome(reason: UInt8) async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.negative(reason)]),
        ])
        guard case .failure(let error) = result else {
            Issue.record("expected busy, got \(result)")
            return
        }
        #expect(error.code == .busy)
        #expect(!error.outcomeUnknown)
        #expect(callbacks.journal.isEmpty)
        #expect(link.sent == [ZVTTerminalFixture.authorization()])
    }

    @Test func duplicateResultIsJournalledOnce() async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.result(0x00, receipt: 7)]),
            Step(expect: M.reply, answers: [M.result(0x00, receipt: 7)]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        guard case .approved(let transaction) = try result.get() else {
            Issue.record("expected an approval, got \(result)")
            return
        }
        #expect(transaction.receiptNumber == 7)
        #expect(callbacks.journal.count == 1)
        #expect(link.sent.count == 4)
        #expect(link.remainingSteps == 0)
    }

    @Test func failingJournalLeavesTheResultUnacknowledged() async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.result(0x00)]),
            Step(expect: M.reply, answers: []),
        ], failJournal: true)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.code == .linkLost)
        #expect(error.outcomeUnknown)
        #expect(callbacks.journal.isEmpty)
        #expect(link.sent == [ZVTTerminalFixture.authorization()])
        #expect(link.isClosed)
    }

    @Test func lostLinkAfterAuthorizationMeansUnknownOutcome() async throws {
        let (link, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.status(0x0A)]),
            Step(expect: M.reply, answers: [], thenClose: true),
        ])
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.code == .linkLost)
        #expect(error.outcomeUnknown)
        #expect(callbacks.journal.isEmpty)
        #expect(link.sent.filter { $0.instruction == 0x01 }.count == 1)
    }

    @Test func receiptLinesAreClearedOfCardNumbers() async throws {
        let (_, callbacks, result) = await run([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.result(0x00)]),
            Step(expect: M.reply, answers: [M.printLine("Karte 4111 1111 1111 1111")]),
            Step(expect: M.reply, answers: [M.printLine("Beleg-Nr. 0042  EUR 1,50")]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        #expect(throws: Never.self) { try result.get() }
        #expect(callbacks.receipts == [["Karte ************1111"], ["Beleg-Nr. 0042  EUR 1,50"]])
        #expect(!callbacks.receipts.joined().contains(where: CardNumberRedactor.containsCardNumber))
    }
}
