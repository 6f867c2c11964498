import Devices
import Logging
import Testing

@Suite struct ZVTTCPLinkTests {
    static let status = ZVTAPDU(classByte: 0x04, instruction: 0xFF, data: [0x0A])

    private func connect(_ server: LoopbackTCPServer) async throws -> ZVTTCPLink {
        async let accepted = server.accept()
        let link = try await ZVTTCPLink.connect(host: "127.0.0.1", port: server.port, logger: Logger(label: "test"))
        #expect(await accepted)
        return link
    }

    @Test func sendWritesTheBareAPDU() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        let command = try ZVTCommand.authorization(amountCents: 11_000)
        try await link.send(command)
        #expect(await server.read(command.encoded.count) == command.encoded)
        await link.close()
    }

    @Test func anAPDUSplitAcrossWritesIsReassembled() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        let bytes = Self.status.encoded
        server.write(Array(bytes.prefix(2)))
        try await Task.sleep(for: .milliseconds(50))
        server.write(Array(bytes.dropFirst(2)))
        #expect(try await link.receive(timeout: .seconds(2)) == Self.status)
        await link.close()
    }

    @Test func twoAPDUsInOneWriteArriveInOrder() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        server.write(ZVTAPDU.positiveReply.encoded + Self.status.encoded)
        #expect(try await link.receive(timeout: .seconds(2)) == .positiveReply)
        #expect(try await link.receive(timeout: .seconds(2)) == Self.status)
        await link.close()
    }

    @Test func anExtendedLengthSplitInsideItsHeaderIsRead() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        let long = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: (0..<300).map { UInt8($0 % 251) })
        let bytes = long.encoded
        #expect(Array(bytes[2...4]) == [0xFF, 0x2C, 0x01])
        server.write(Array(bytes.prefix(4)))
        try await Task.sleep(for: .milliseconds(50))
        server.write(Array(bytes.dropFirst(4)))
        #expect(try await link.receive(timeout: .seconds(2)) == long)
        await link.close()
    }

    @Test func aTextBannerBeforeTheFirstAPDUIsSkipped() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        server.write("Welcome to terminal 52500038\r\n")
        server.write(Self.status.encoded)
        #expect(try await link.receive(timeout: .seconds(2)) == Self.status)
        await link.close()
    }

    @Test func staleBytesAfterAnAPDUAreSkipped() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        server.write(ZVTAPDU.positiveReply.encoded + [0x00, 0x0D, 0x0A, 0xFF])
        server.write(Self.status.encoded + [0x00])
        #expect(try await link.receive(timeout: .seconds(2)) == .positiveReply)
        #expect(try await link.receive(timeout: .seconds(2)) == Self.status)
        let none = await #expect(throws: ZVTLinkError.self) { try await link.receive(timeout: .milliseconds(200)) }
        #expect(none?.code == .timeout)
        await link.close()
    }

    @Test func endOfFileClosesTheLink() async throws {
        let server = try LoopbackTCPServer()
        let link = try await connect(server)
        let waiting = Task { try await link.receive(timeout: .seconds(10)) }
        server.hangUp()
        let failure = await #expect(throws: ZVTLinkError.self) { try await waiting.value }
        #expect(failure?.code == .closed)
        let later = await #expect(throws: ZVTLinkError.self) { try await link.send(.positiveReply) }
        #expect(later?.code == .closed)
        await link.close()
    }

    @Test func aRefusedConnectionFailsToOpen() async throws {
        let server = try LoopbackTCPServer()
        let port = server.port
        server.close()
        let failure = await #expect(throws: ZVTLinkError.self) {
            try await ZVTTCPLink.connect(host: "127.0.0.1", port: port, logger: Logger(label: "test"))
        }
        #expect(failure?.code == .openFailed)
    }
}
