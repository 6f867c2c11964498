@testable import Devices
import Testing

@Suite struct ZVTSimulatorCommandTests {
    private let password = ZVTSimulatorFixture.password
    private let refusal = ZVTAPDU(classByte: 0x84, instruction: 0x83)

    @Test func registrationIsAnsweredAndCompletedOnlyWithThePassword() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        let wrong = try await ecr.run(ZVTCommand.registration(password: "000000", config: 0xBA))
        #expect(wrong.replies == [refusal])
        let right = try await ecr.run(ZVTCommand.registration(password: password, config: 0xBA))
        #expect(right.replies == [.positiveReply])
        #expect(right.messages == [.completion])
    }

    @Test func statusEnquiryLogOffAndUnknownCommands() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        let enquiry = try await ecr.run(ZVTCommand.statusEnquiry(password: password))
        #expect(enquiry.statuses == [ZVTStatusInformation(resultCode: .ok, terminalID: "52500001")])
        #expect(enquiry.ending == .completion)
        try await ecr.send(ZVTCommand.logOff())
        #expect(try await ecr.next() == .positiveReply)
        try await ecr.send(ZVTCommand.abort())
        #expect(try await ecr.next() == refusal)
        try await ecr.send(ZVTAPDU(classByte: 0x08, instruction: 0x30))
        #expect(try await ecr.next() == refusal)
        #expect(try await ecr.collect(for: .milliseconds(100)).isEmpty)
    }

    @Test func repeatReceiptWithoutABookedTransactionAborts() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        let dialogue = try await ecr.run(ZVTCommand.repeatReceipt(password: password))
        #expect(dialogue.replies == [.positiveReply])
        #expect(dialogue.messages == [.abort(.systemError)])
    }

    @Test func repeatReceiptResendsTheLastBookedApproval() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        let original = try await ecr.run(ZVTSimulatorFixture.authorization(2_599))
        let repeated = try await ecr.run(ZVTCommand.repeatReceipt(password: password))
        let first = try #require(original.statuses.first)
        let again = try #require(repeated.statuses.first)
        #expect(again.resultCode == .ok)
        #expect(again.amountCents == first.amountCents)
        #expect(again.receiptNumber == first.receiptNumber)
        #expect(again.trace == first.trace)
        #expect(again.terminalID == first.terminalID)
        #expect(repeated.lines == original.lines)
        #expect(repeated.ending == .completion)
        #expect(simulator.charges.count == 1)
    }

    @Test func aDeclineAfterABookingLeavesNothingToRepeat() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        simulator.enqueue(.decline)
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        let repeated = try await ecr.run(ZVTCommand.repeatReceipt(password: password))
        #expect(repeated.messages == [.abort(.systemError)])
    }

    @Test func endOfDaySendsTheBatchTotalsInBMP60AndStartsANewBatch() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        simulator.enqueue(.decline)
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(999))
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(250))
        let day = try await ecr.run(ZVTCommand.endOfDay(password: password))
        #expect(day.statuses.first?.amountCents == 350)
        #expect(day.statuses.first?.receiptNumber == 2)
        #expect(try Self.totals(day) == [0x00, 0x01, 0x00, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00, 0x03, 0x50])
        #expect(day.lines.contains("Summe EUR 3,50"))
        #expect(day.ending == .completion)
        let next = try await ecr.run(ZVTCommand.endOfDay(password: password))
        #expect(next.statuses.first?.amountCents == 0)
        #expect(try Self.totals(next) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(simulator.charges.count == 2)
    }

    @Test func reversalTakesBackOnlyTheLastCharge() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        _ = try await ecr.run(ZVTSimulatorFixture.authorization(200))
        let older = try await ecr.run(ZVTCommand.reversal(password: password, receiptNumber: 1))
        #expect(older.replies == [refusal])
        let last = try await ecr.run(ZVTCommand.reversal(password: password, receiptNumber: 2))
        #expect(last.statuses.first?.receiptNumber == 2)
        #expect(last.ending == .completion)
        #expect(simulator.charges.map(\.receiptNumber) == [1])
        #expect(simulator.reversals.map(\.receiptNumber) == [2])
    }

    @Test func unsolicitedMessagesArriveWhileIdleAndThePaymentStillWorks() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.sendUnsolicited()
        let status = try await ecr.next()
        #expect(try ZVTTerminalMessage(status) == .intermediateStatus(0x0E))
        try await ecr.reply()
        let line = try await ecr.next()
        #expect(line.classByte == 0x06 && line.instruction == 0xD1)
        try await ecr.reply()
        #expect(simulator.unsolicitedSent == 1)
        let payment = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        #expect(payment.ending == .completion)
        #expect(simulator.charges.count == 1)
    }

    private static func totals(_ dialogue: ZVTTestDialogue) throws -> [UInt8] {
        let status = try #require(dialogue.apdus.first { $0.classByte == 0x04 && $0.instruction == 0x0F })
        let field = try #require(try ZVTBMPReader.fields(status.data).first { $0.tag == 0x60 })
        return field.value
    }
}
