@testable import Devices
import Testing

@Suite struct ZVTPaymentTerminalRecoveryTests {
    typealias M = ZVTTerminalMessages
    typealias Step = ScriptedZVTLink.Step

    static let repeatReceipt = ZVTTerminalFixture.withPassword { try ZVTCommand.repeatReceipt(password: $0) }
    static let endOfDay = ZVTTerminalFixture.withPassword { try ZVTCommand.endOfDay(password: $0) }
    static let registration = ZVTTerminalFixture.withPassword { try ZVTCommand.registration(password: $0, config: 0xBA) }

    @Test func repeatReceiptReturnsTheLastTransactionWithoutJournalling() async throws {
        let link = ScriptedZVTLink([
            Step(expect: Self.repeatReceipt, answers: [M.reply, M.result(0x00, receipt: 9, cents: 2_500)]),
            Step(expect: M.reply, answers: [M.printLine("Kopie")]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        let fixture = ZVTTerminalFixture([link], log: link.log)
        let transaction = try await fixture.terminal.lastTransaction()
        #expect(transaction?.receiptNumber == 9)
        #expect(transaction?.amountCents == 2_500)
        #expect(transaction?.maskedPAN == "************1111")
        #expect(link.remainingSteps == 0 && link.unexpected.isEmpty)
        await fixture.terminal.disconnect()
    }

    @Test func repeatReceiptWithoutTransactionReturnsNil() async throws {
        let link = ScriptedZVTLink([
            Step(expect: Self.repeatReceipt, answers: [M.reply, M.abort(0x6C)]),
            Step(expect: M.reply, answers: []),
        ])
        let fixture = ZVTTerminalFixture([link], log: link.log)
        #expect(try await fixture.terminal.lastTransaction() == nil)
        #expect(link.remainingSteps == 0)
        await fixture.terminal.disconnect()
    }

    @Test func endOfDaySumsTheTotalsRecord() async throws {
        var data: [UInt8] = [0x27, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x19, 0x50]
        data += [0x60, 0xF0, 0xF1, 0xF8, 0x00, 0x01, 0x00, 0x05]
        data += [0x03, 0x00, 0x00, 0x00, 0x00, 0x15, 0x00]
        data += [0x02, 0x00, 0x00, 0x00, 0x00, 0x04, 0x50]
        let totals = ZVTAPDU(classByte: 0x04, instruction: 0x0F, data: data)
        let link = ScriptedZVTLink([
            Step(expect: Self.endOfDay, answers: [M.reply, M.status(0x0E)]),
            Step(expect: M.reply, answers: [totals]),
            Step(expect: M.reply, answers: [M.printLine("Kassenschnitt 4111111111111111")]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        let fixture = ZVTTerminalFixture([link], log: link.log)
        let result = try await fixture.terminal.closeDay()
        #expect(result == TerminalTotals(count: 5, amountCents: 1_950, receiptLines: ["Kassenschnitt ************1111"]))
        #expect(link.remainingSteps == 0 && link.unexpected.isEmpty)
        await fixture.terminal.disconnect()
    }

    @Test func registrationThenUnsolicitedStatusWhileIdleIsAnswered() async throws {
        let link = ScriptedZVTLink([
            Step(expect: Self.registration, answers: [M.reply, M.completion]),
            Step(expect: M.reply, answers: []),
            Step(expect: M.reply, answers: []),
        ])
        let fixture = ZVTTerminalFixture([link], log: link.log)
        try await fixture.terminal.prepare()
        #expect(await fixture.terminal.state == .ready)
        #expect(link.sent.first?.encoded == ZVTVectors.unstuffedAPDU(ZVTVectors.bytes(ZVTVectors.registration)))
        link.push(M.status(0x0A))
        await eventually { link.remainingSteps == 0 }
        #expect(link.unexpected.isEmpty)
        await fixture.terminal.disconnect()
    }

    @Test func aLostLinkIsReplacedAtTheNextOperation() async throws {
        let first = ScriptedZVTLink([
            Step(expect: ZVTTerminalFixture.authorization(), answers: [M.reply], thenClose: true),
        ])
        let second = ScriptedZVTLink([
            Step(expect: Self.repeatReceipt, answers: [M.reply, M.result(0x00, receipt: 3)]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        let fixture = ZVTTerminalFixture([first, second], log: first.log)
        let callbacks = PaymentCallbacks(log: first.log)
        let failure = await #expect(throws: PaymentTerminalError.self) {
            try await fixture.terminal.authorize(ZVTTerminalFixture.request, events: callbacks.events)
        }
        #expect(failure?.outcomeUnknown == true)
        if case .failed = await fixture.terminal.state {} else { Issue.record("state should show the failure") }
        #expect(try await fixture.terminal.lastTransaction()?.receiptNumber == 3)
        #expect(fixture.connectCount == 2)
        #expect(first.sent.filter { $0.instruction == 0x01 }.count == 1)
        #expect(!second.sent.contains { $0.instruction == 0x01 })
        await fixture.terminal.disconnect()
    }
}
