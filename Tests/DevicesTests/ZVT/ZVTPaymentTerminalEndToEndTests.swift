@testable import Devices
import Logging
import Testing

@Suite struct ZVTPaymentTerminalEndToEndTests {
    typealias M = ZVTTerminalMessages
    typealias Step = ScriptedZVTLink.Step

    @Test func approvalOverARealPseudoTerminal() async throws {
        let pty = try PseudoTerminal()
        let peer = SerialTerminalPeer(pty, steps: [
            Step(expect: ZVTTerminalFixture.authorization(11_000), answers: [M.reply, M.status(0x0A), M.status(0x01)]),
            Step(expect: M.reply, answers: []),
            Step(expect: M.reply, answers: [M.result(0x00, receipt: 110, cents: 11_000)]),
            Step(expect: M.reply, answers: [M.printLine("Betrag EUR 110,00")]),
            Step(expect: M.reply, answers: [M.completion]),
            Step(expect: M.reply, answers: []),
        ])
        peer.start()
        let timings = ZVTTimings(acknowledgement: .seconds(2), reply: .seconds(5), customer: .seconds(10), completion: .seconds(5))
        let path = pty.slavePath
        let terminal = ZVTPaymentTerminal(name: "pty terminal", password: "123456", timings: timings, logger: Logger(label: "test")) {
            () async throws(ZVTLinkError) -> any ZVTLink in
            try await ZVTSerialLink.open(path: path, timings: timings, logger: Logger(label: "test"))
        }
        let callbacks = PaymentCallbacks(log: EventLog())
        let outcome: Result<TerminalResult, PaymentTerminalError>
        do {
            outcome = .success(try await terminal.authorize(PaymentRequest(reference: "ride-2", amountCents: 11_000), events: callbacks.events))
            await eventually { peer.remainingSteps == 0 }
        } catch {
            outcome = .failure(error)
        }
        await peer.stop()
        await terminal.disconnect()
        pty.close()
        let result = try outcome.get()
        guard case .approved(let transaction) = result else {
            Issue.record("expected an approval, got \(result)")
            return
        }
        #expect(transaction.receiptNumber == 110)
        #expect(transaction.amountCents == 11_000)
        #expect(callbacks.journal == [result])
        #expect(callbacks.progress == [.insertCard, .enterPIN])
        #expect(callbacks.receipts == [["Betrag EUR 110,00"]])
        #expect(peer.received.filter { $0.instruction == 0x01 }.count == 1)
    }
}
