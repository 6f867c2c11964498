@testable import Devices
import Testing

/// The byte-level misbehaviours: banners, stale bytes, DLE stuffing, extended lengths.
@Suite struct ZVTSimulatorWireTests {
    @Test func tcpSendsTheBannerOnEveryConnection() async throws {
        var options = ZVTSimulatorFixture.options
        options.banner = "PT READY\r\n"
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp(options)
        defer { simulator.stop() }
        _ = try await ecr.collect(for: .milliseconds(100))
        #expect(ecr.raw == Array("PT READY\r\n".utf8))
        ecr.hangUp()
        let second = try ZVTTestECR.tcp(port: simulator.port ?? 0)
        _ = try await second.collect(for: .milliseconds(200))
        #expect(second.raw == Array("PT READY\r\n".utf8))
    }

    @Test func ptySendsTheBannerOnceAndTheFramerSkipsIt() async throws {
        var options = ZVTSimulatorFixture.options
        options.banner = "PT READY\r\n"
        let (simulator, ecr) = try ZVTSimulatorFixture.serial(options)
        defer { simulator.stop() }
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        #expect(ecr.raw.starts(with: Array("PT READY\r\n".utf8)))
        #expect(dialogue.ending == .completion)
    }

    @Test func staleBytesFollowTheStatusAndTheCompletion() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(staleTrailingBytes: true))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        let stale = ZVTSimulatorScript.staleBytes
        let status = ZVTSerialFrame.encode(try #require(dialogue.apdus.first { $0.instruction == 0x0F && $0.classByte == 0x04 }))
        #expect(Self.occurrences(of: status + stale, in: ecr.raw) == 1)
        #expect(Self.occurrences(of: ZVTSerialFrame.encode(ZVTSimulatorMessages.completion) + stale, in: ecr.raw) == 1)
        #expect(ecr.badFrames == 0)
        #expect(dialogue.ending == .completion)
        #expect(simulator.charges.count == 1)
    }

    @Test func dleInDataIsStuffedAndDecodesBack() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(dleInData: true))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(11_000))
        let status = try #require(dialogue.statuses.first)
        #expect(status.receiptNumber == 10)
        #expect(status.trace == 10)
        #expect(status.amountCents == 11_000)
        #expect(Self.occurrences(of: [0x10, 0x10], in: ecr.raw) >= 3)
        #expect(simulator.charges == [ZVTSimulatorCharge(receiptNumber: 10, amountCents: 11_000, trace: 10)])
    }

    @Test(arguments: [false, true])
    func extendedLengthStatusUsesFFLoHi(serial: Bool) async throws {
        let (simulator, ecr) = try serial ? ZVTSimulatorFixture.serial() : ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(extendedLength: true))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        let status = try #require(dialogue.apdus.first { $0.classByte == 0x04 && $0.instruction == 0x0F })
        #expect(status.data.count > ZVTAPDU.maxShortDataLength)
        #expect(Array(status.encoded[2..<5]) == [0xFF, UInt8(status.data.count & 0xFF), UInt8(status.data.count >> 8)])
        #expect(Self.occurrences(of: Array(status.encoded.prefix(5)), in: ecr.raw) == 1)
        #expect(dialogue.statuses.first?.text?.count == 300)
        #expect(simulator.charges.count == 1)
    }

    @Test func aDuplicateStatusIsBookedOnce() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.tcp()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(duplicateStatus: true))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        #expect(dialogue.statuses.count == 2)
        #expect(dialogue.statuses.first == dialogue.statuses.last)
        #expect(simulator.charges.count == 1)
    }

    @Test func aCardNumberInTextAppearsInBMP3CAndOnTheReceipt() async throws {
        let (simulator, ecr) = try ZVTSimulatorFixture.serial()
        defer { simulator.stop() }
        simulator.enqueue(ZVTSimulatorScript(cardNumberInText: "6726000012341234"))
        let dialogue = try await ecr.run(ZVTSimulatorFixture.authorization(100))
        #expect(dialogue.statuses.first?.text?.contains("6726000012341234") == true)
        #expect(dialogue.statuses.first?.maskedPAN == "6726********1234")
        #expect(dialogue.lines.contains { $0.contains("6726000012341234") })
    }

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }.count
    }
}
