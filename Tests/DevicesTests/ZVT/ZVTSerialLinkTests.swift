import Devices
import Logging
import Testing

@Suite struct ZVTSerialLinkTests {
    static let status = ZVTAPDU(classByte: 0x04, instruction: 0xFF, data: [0x0A])
    static let fast = ZVTTimings(interByte: .milliseconds(200), acknowledgement: .milliseconds(150), repeats: 2)

    private func open(_ pty: PseudoTerminal, timings: ZVTTimings = fast) async throws -> ZVTSerialLink {
        try await ZVTSerialLink.open(path: pty.slavePath, timings: timings, logger: Logger(label: "test"))
    }

    @Test func aGoodFrameIsAcknowledgedAndHandedUp() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        try pty.write(ZVTSerialFrame.encode(Self.status))
        #expect(await pty.readBytes(1, within: .seconds(2)) == [0x06])
        #expect(try await link.receive(timeout: .seconds(1)) == Self.status)
        await link.close()
    }

    @Test func aBadCRCIsRefusedAndItsRepeatAccepted() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        var broken = ZVTSerialFrame.encode(Self.status)
        broken[broken.count - 1] ^= 0xFF
        try pty.write(broken)
        #expect(await pty.readBytes(1, within: .seconds(2)) == [0x15])
        try pty.write(ZVTSerialFrame.encode(Self.status))
        #expect(await pty.readBytes(1, within: .seconds(2)) == [0x06])
        #expect(try await link.receive(timeout: .seconds(1)) == Self.status)
        let second = await #expect(throws: ZVTLinkError.self) { try await link.receive(timeout: .milliseconds(100)) }
        #expect(second?.code == .timeout)
        await link.close()
    }

    @Test func aGapLongerThanT1IsRefused() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        let frame = ZVTSerialFrame.encode(Self.status)
        try pty.write(frame.prefix(4))
        #expect(await pty.readBytes(1, within: .seconds(2)) == [0x15])
        try pty.write(frame.dropFirst(4))
        #expect(await pty.readBytes(1, within: .milliseconds(300)).isEmpty)
        await link.close()
    }

    @Test func bytesBeforeDLESTXAreSkipped() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        try pty.write(Array("ZVT ready\r\n".utf8) + [0x00, 0x03] + ZVTSerialFrame.encode(Self.status))
        #expect(await pty.readBytes(1, within: .seconds(2)) == [0x06])
        #expect(try await link.receive(timeout: .seconds(1)) == Self.status)
        await link.close()
    }

    @Test func aFrameRefusedWithNAKIsSentAgain() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty, timings: ZVTTimings(acknowledgement: .seconds(2)))
        let frame = ZVTSerialFrame.encode(.positiveReply)
        let sending = Task { try await link.send(.positiveReply) }
        #expect(await pty.readBytes(frame.count, within: .seconds(2)) == frame)
        try pty.write([0x15])
        #expect(await pty.readBytes(frame.count, within: .seconds(2)) == frame)
        try pty.write([0x06])
        try await sending.value
        await link.close()
    }

    @Test func aFrameWithoutACKIsRepeatedAfterT2() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        let frame = ZVTSerialFrame.encode(.positiveReply)
        let sending = Task { try await link.send(.positiveReply) }
        #expect(await pty.readBytes(frame.count, within: .seconds(2)) == frame)
        #expect(await pty.readBytes(frame.count, within: .seconds(2)) == frame)
        try pty.write([0x06])
        try await sending.value
        await link.close()
    }

    @Test func threeUnacknowledgedCopiesEndTheLink() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        let frame = ZVTSerialFrame.encode(.positiveReply)
        let sending = Task { try await link.send(.positiveReply) }
        let written = await pty.readBytes(frame.count * 4, within: .seconds(1))
        #expect(written == frame + frame + frame)
        let failure = await #expect(throws: ZVTLinkError.self) { try await sending.value }
        #expect(failure?.code == .noAcknowledgement)
        let later = await #expect(throws: ZVTLinkError.self) { try await link.send(.positiveReply) }
        #expect(later?.code == .closed)
    }

    @Test func dataHoldingDLERoundTrips() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty, timings: ZVTTimings(acknowledgement: .seconds(2)))
        let vector = ZVTVectors.bytes(ZVTVectors.authorization110)
        let command = try ZVTCommand.authorization(amountCents: 11_000)
        let sending = Task { try await link.send(command) }
        #expect(await pty.readBytes(vector.count, within: .seconds(2)) == vector)
        try pty.write([0x06])
        try await sending.value
        try pty.write(vector)
        #expect(await pty.readBytes(1, within: .seconds(2)) == [0x06])
        #expect(try await link.receive(timeout: .seconds(1)) == command)
        await link.close()
    }

    @Test func hangupClosesWaitingAndLaterCalls() async throws {
        let pty = try PseudoTerminal()
        let link = try await open(pty)
        let waiting = Task { try await link.receive(timeout: .seconds(10)) }
        try await Task.sleep(for: .milliseconds(50))
        pty.close()
        let failure = await #expect(throws: ZVTLinkError.self) { try await waiting.value }
        #expect(failure?.code == .closed)
        let later = await #expect(throws: ZVTLinkError.self) { try await link.send(.positiveReply) }
        #expect(later?.code == .closed)
        await link.close()
        await link.close()
    }
}
