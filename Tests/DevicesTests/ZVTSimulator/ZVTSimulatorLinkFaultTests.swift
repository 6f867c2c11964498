@testable import Devices
import Testing

@Suite struct ZVTSimulatorLinkFaultTests {
    private static func isStatus(_ apdu: ZVTAPDU) -> Bool {
        apdu.classByte == 0x04 && apdu.instruction == 0x0F
    }

    @Test func droppingBeforeTheReplyOverTCPReversesAndClosesTheConnection() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(.dropBeforeAck)
        try await ecr.send(ZVTSimulatorFixture.authorization(1_250))
        let status = try await ecr.answer(until: Self.isStatus)
        #expect(try ZVTStatusInformation(bmpData: status.data).resultCode == .ok)
        #expect(try await ecr.waitForClose())
        #expect(simulator.charges.isEmpty)
        #expect(simulator.reversals == [ZVTSimulatorCharge(receiptNumber: 1, amountCents: 1_250, trace: 1)])
        let again = try ZVTTestECR.tcp(port: simulator.port ?? 0)
        let receipt = try await again.run(ZVTCommand.repeatReceipt(password: ZVTSimulatorFixture.password))
        #expect(receipt.ending == .abort(.systemError))
    }

    @Test func droppingBeforeTheReplyOverThePtyGoesDeafThenServesAgain() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(.dropBeforeAck)
        try await ecr.send(ZVTSimulatorFixture.authorization(1_250))
        _ = try await ecr.answer(until: Self.isStatus)
        ecr.writeRaw(ZVTSerialFrame.encode(.positiveReply))
        #expect(try await ecr.collect(for: .milliseconds(150)).isEmpty)
        #expect(simulator.charges.isEmpty)
        #expect(simulator.reversals.map(\.amountCents) == [1_250])
        try await Task.sleep(for: .milliseconds(400))
        let registration = try await ecr.run(ZVTCommand.registration(password: ZVTSimulatorFixture.password, config: 0xBA))
        #expect(registration.replies == [.positiveReply])
        #expect(registration.ending == .completion)
    }

    @Test func droppingAfterTheReplyKeepsTheChargeAndTheReceiptCanBeRepeated() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(.dropAfterAck)
        try await ecr.send(ZVTSimulatorFixture.authorization(480))
        let status = try await ecr.answer(until: Self.isStatus)
        try await ecr.reply()
        #expect(try await ecr.waitForClose())
        #expect(try await ecr.collect(for: .milliseconds(50)).isEmpty)
        let charge = ZVTSimulatorCharge(receiptNumber: 1, amountCents: 480, trace: 1)
        #expect(simulator.charges == [charge])
        let again = try ZVTTestECR.tcp(port: simulator.port ?? 0)
        let receipt = try await again.run(ZVTCommand.repeatReceipt(password: ZVTSimulatorFixture.password))
        let original = try ZVTStatusInformation(bmpData: status.data)
        #expect(receipt.statuses.first?.receiptNumber == original.receiptNumber)
        #expect(receipt.statuses.first?.amountCents == 480)
        #expect(receipt.statuses.first?.trace == original.trace)
        #expect(receipt.ending == .completion)
        #expect(simulator.charges == [charge])
    }

    @Test func droppingAfterTheReplyOverThePtyKeepsTheChargeAndSendsNoReceipt() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(.dropAfterAck)
        try await ecr.send(ZVTSimulatorFixture.authorization(480))
        _ = try await ecr.answer(until: Self.isStatus)
        try await ecr.reply()
        #expect(try await ecr.collect(for: .milliseconds(150)).isEmpty)
        #expect(simulator.charges.map(\.amountCents) == [480])
        #expect(simulator.reversals.isEmpty)
    }

    @Test func aCommandInsteadOfTheReplyReversesAndIsHandledAsACommand() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        try await ecr.send(ZVTSimulatorFixture.authorization(300))
        _ = try await ecr.answer(until: Self.isStatus)
        let enquiry = try await ecr.run(ZVTCommand.statusEnquiry(password: ZVTSimulatorFixture.password))
        #expect(enquiry.replies == [.positiveReply])
        #expect(enquiry.statuses.first?.terminalID == "52500001")
        #expect(simulator.charges.isEmpty)
        #expect(simulator.reversals.map(\.amountCents) == [300])
    }

    @Test func noReplyWithinTheTimeoutReverses() async throws {
        var options = ZVTSimulatorFixture.options
        options.replyTimeout = .milliseconds(300)
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp(options)
        defer { simulator.stop() }
        try await ecr.send(ZVTSimulatorFixture.authorization(300))
        _ = try await ecr.answer(until: Self.isStatus)
        try await Task.sleep(for: .milliseconds(600))
        #expect(simulator.reversals.map(\.amountCents) == [300])
        #expect(simulator.charges.isEmpty)
        #expect(try await ecr.collect(for: .milliseconds(50)).isEmpty)
    }

    @Test func theFirstAuthorizationFrameIsRefusedOnceAndCountedOnce() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(nakFirstFrame: true))
        let authorization = try ZVTSimulatorFixture.authorization(200)
        let naks = try await ecr.send(authorization)
        #expect(naks == 1)
        #expect(try await ecr.next() == .positiveReply)
        _ = try await ecr.answer { $0.classByte == 0x06 && $0.instruction == 0x0F }
        try await ecr.reply()
        #expect(simulator.authorizationsReceived == 1)
        #expect(simulator.naksSent == 1)
        #expect(simulator.charges.count == 1)
    }

    @Test func aCorruptStatusFrameIsRepeatedCorrectlyAfterTheNAK() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(corruptFirstStatusCRC: true))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(200))
        #expect(ecr.badFrames == 1)
        #expect(dialogue.statuses.count == 1)
        #expect(dialogue.ending == .completion)
        #expect(simulator.charges.count == 1)
    }

    /// A frame that stops halfway is refused once T1 has passed, with no further byte to
    /// prompt it: the idle simulator sleeps, but never past the framer's gap deadline.
    @Test func aFrameThatStopsHalfwayIsRefusedWithoutAnotherByte() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        let frame = try ZVTSerialFrame.encode(ZVTCommand.registration(password: ZVTSimulatorFixture.password, config: 0xBA))
        ecr.writeRaw(Array(frame.prefix(frame.count / 2)))
        #expect(try await ecr.linkAnswer() == .nak)
        #expect(simulator.naksSent == 1)
        #expect(simulator.received.isEmpty)
    }

    @Test func aRepeatedFrameWhoseACKWasLostIsProcessedOnce() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        let frame = try ZVTSerialFrame.encode(ZVTCommand.registration(password: ZVTSimulatorFixture.password, config: 0xBA))
        ecr.writeRaw(frame + frame)
        #expect(try await ecr.next() == .positiveReply)
        try await ecr.reply()
        #expect(try await ecr.next() == ZVTSimulatorMessages.completion)
        try await ecr.reply()
        #expect(try await ecr.collect(for: .milliseconds(200)).isEmpty)
        #expect(simulator.received.filter { $0.classByte == 0x06 && $0.instruction == 0x00 }.count == 1)
    }
}
