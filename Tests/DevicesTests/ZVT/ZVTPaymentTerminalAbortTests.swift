@testable import Devices
import Testing

@Suite struct ZVTPaymentTerminalAbortTests {
    typealias M = ZVTTerminalMessages
    typealias Step = ScriptedZVTLink.Step

    @Test func acceptedAbortEndsThePaymentAborted() async throws {
        let log = EventLog()
        let link = ScriptedZVTLink([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.status(0x01)]),
            Step(expect: M.reply, answers: []),
            Step(expect: ZVTCommand.abort(), answers: [M.reply, M.abort(0x6C)]),
            Step(expect: M.reply, answers: []),
        ], log: log)
        let fixture = ZVTTerminalFixture([link], log: log)
        let callbacks = PaymentCallbacks(log: log)
        let terminal = fixture.terminal
        let payment = Task { try await terminal.authorize(ZVTTerminalFixture.request, events: callbacks.events) }
        await eventually { link.sent.count == 2 }
        #expect(try await terminal.abort())
        let result = try await payment.value
        #expect(result == .aborted(code: 0x6C, reason: "cancelled or timed out on the terminal"))
        #expect(callbacks.journal == [result])
        #expect(callbacks.progress == [.enterPIN])
        #expect(link.remainingSteps == 0 && link.unexpected.isEmpty)
        await terminal.disconnect()
    }

    @Test func refusedAbortLetsThePaymentFinish() async throws {
        let log = EventLog()
        let link = ScriptedZVTLink([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply, M.status(0x04)]),
            Step(expect: M.reply, answers: []),
            Step(expect: ZVTCommand.abort(), answers: [M.negative(0x83)]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ], log: log)
        let fixture = ZVTTerminalFixture([link], log: log)
        let callbacks = PaymentCallbacks(log: log)
        let terminal = fixture.terminal
        let payment = Task { try await terminal.authorize(ZVTTerminalFixture.request, events: callbacks.events) }
        await eventually { link.sent.count == 2 }
        #expect(try await terminal.abort() == false)
        link.push(M.result(0x00))
        guard case .approved = try await payment.value else {
            Issue.record("the payment should have been approved")
            return
        }
        #expect(callbacks.journal.count == 1)
        #expect(link.remainingSteps == 0 && link.unexpected.isEmpty)
        await terminal.disconnect()
    }

    @Test func abortWithoutARunningPaymentIsFalse() async throws {
        let fixture = ZVTTerminalFixture([], log: EventLog())
        #expect(try await fixture.terminal.abort() == false)
        #expect(fixture.connectCount == 0)
    }
}
