@testable import Devices
import Testing

@Suite struct ZVTSimulatorAuthorizationTests {
    @Test func approvalIsBookedOnlyAfterTheECRAnswersTheStatus() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        try await ecr.send(ZVTSimulatorFixture.authorization(150))
        #expect(try await ecr.next() == .positiveReply)
        var codes: [UInt8] = []
        let status = try await ecr.answer { apdu in
            if apdu.classByte == 0x04, apdu.instruction == 0xFF { codes += apdu.data }
            return apdu.classByte == 0x04 && apdu.instruction == 0x0F
        }
        #expect(codes.starts(with: [0x0A, 0x01, 0x04]))
        try await Task.sleep(for: .milliseconds(100))
        #expect(simulator.charges.isEmpty)
        try await ecr.reply()
        let information = try ZVTStatusInformation(bmpData: status.data)
        #expect(information.resultCode == .ok)
        #expect(information.amountCents == 150)
        #expect(information.receiptNumber == 1)
        #expect(information.trace == 1)
        #expect(information.terminalID == "52500001")
        #expect(information.maskedPAN == "6726********1234")
        #expect(information.cardName == "girocard")
        var lines: [String] = []
        let completion = try await ecr.answer { apdu in
            if apdu.classByte == 0x06, apdu.instruction == 0xD1, case .printLine(_, let text)? = try? ZVTTerminalMessage(apdu) {
                lines.append(text)
            }
            return apdu.classByte == 0x06 && apdu.instruction == 0x0F
        }
        try await ecr.reply()
        #expect(completion.data.isEmpty)
        #expect(lines.starts(with: ZVTSimulatorScript.defaultReceiptLines))
        #expect(lines.contains("Betrag EUR 1,50"))
        #expect(simulator.charges == [ZVTSimulatorCharge(receiptNumber: 1, amountCents: 150, trace: 1)])
        #expect(simulator.reversals.isEmpty)
    }

    @Test func receiptNumbersAndTracesIncrementPerApproval() async throws {
        var options = ZVTSimulatorFixture.options
        options.firstReceiptNumber = 41
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp(options)
        defer { simulator.stop() }
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        let second = try await ecr.run(ZVTSimulatorFixture.authorization(200))
        #expect(second.statuses.first?.receiptNumber == 42)
        #expect(simulator.charges.map(\.receiptNumber) == [41, 42])
        #expect(simulator.charges.map(\.trace) == [1, 2])
    }

    @Test func declineSendsResult05ALineAndAbort05() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(.decline)
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(990))
        #expect(dialogue.statuses.first?.resultCode == .declined)
        #expect(dialogue.statuses.first?.amountCents == 990)
        #expect(dialogue.lines == ["Abgelehnt"])
        #expect(dialogue.ending == .abort(.declined))
        #expect(simulator.charges.isEmpty)
    }

    @Test func customerTimeoutEndsWith6CAndNoStatus() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(.customerTimeout)
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(500))
        #expect(dialogue.intermediateCodes == [0x0A, 0x01, 0x04])
        #expect(dialogue.statuses.isEmpty)
        #expect(dialogue.ending == .abort(.timeoutOrAbort))
        #expect(simulator.charges.isEmpty)
    }

    @Test func acceptedAbortEndsWith6CAndChargesNothing() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(.abortAccepted)
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(700), interjecting: ZVTCommand.abort())
        #expect(dialogue.replies == [.positiveReply, .positiveReply])
        #expect(dialogue.intermediateCodes.allSatisfy { $0 == 0x0A })
        #expect(dialogue.statuses.isEmpty)
        #expect(dialogue.ending == .abort(.timeoutOrAbort))
        #expect(simulator.charges.isEmpty)
        #expect(simulator.reversals.isEmpty)
    }

    @Test func refusedAbortIsAnswered8483AndThePaymentGoesThrough() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(.abortRefused)
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(700), interjecting: ZVTCommand.abort())
        #expect(dialogue.replies == [.positiveReply, ZVTAPDU(classByte: 0x84, instruction: 0x83)])
        #expect(dialogue.statuses.first?.resultCode == .ok)
        #expect(dialogue.ending == .completion)
        #expect(simulator.charges.map(\.amountCents) == [700])
    }

    @Test func anAbortWithoutScriptedHandlingIsRefusedAndThePaymentGoesThrough() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(300), interjecting: ZVTCommand.abort())
        #expect(dialogue.replies.contains(ZVTAPDU(classByte: 0x84, instruction: 0x83)))
        #expect(dialogue.ending == .completion)
        #expect(simulator.charges.map(\.amountCents) == [300])
    }

    @Test(arguments: [UInt8(0x9C), 0x83])
    func busyAnswersTheAuthorizationAndDoesNothingMore(reason: UInt8) async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(.busy(reason))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        #expect(dialogue.replies == [ZVTAPDU(classByte: 0x84, instruction: reason)])
        #expect(try await ecr.collect(for: .milliseconds(200)).isEmpty)
        #expect(simulator.charges.isEmpty)
        #expect(simulator.authorizationsReceived == 1)
        let next = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        #expect(next.ending == .completion)
    }

    @Test func anUnreadableAmountIsRefusedWithoutUsingAScript() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(.decline)
        let dialogue = try await ecr.run(ZVTAPDU(classByte: 0x06, instruction: 0x01, data: [0x04, 0xAA]))
        #expect(dialogue.replies == [ZVTAPDU(classByte: 0x84, instruction: 0x83)])
        #expect(simulator.pendingScripts == 1)
    }
}
