import Devices
import Logging
import Testing

/// The RDM6300 driver end to end: bytes written to a pty master arrive at the driver reading
/// the slave, exactly as from a USB serial adapter.
@Suite struct RDM6300ReaderTests {
    private static let frame = RDM6300FramerTests.frame
    private static let tag = RDM6300FramerTests.tag

    private struct Harness {
        let recorder = Recorder()
        let task: Task<Void, any Error>

        init(path: String) {
            let descriptor = DeviceDescriptor(name: "door-reader", role: .pass, driver: .rdm6300, path: path, baud: 115_200)
            let timing = SerialTiming(pathRetry: .milliseconds(50), reopen: RetryBackoff(initial: .milliseconds(20), maximum: .milliseconds(200)))
            let reader = RDM6300Reader(descriptor: descriptor, logger: Logger(label: "test"), timing: timing)
            let recorder = recorder
            task = Task { try await reader.run(emit: recorder.emit, report: recorder.report) }
        }

        func stop() async throws {
            task.cancel()
            try await task.value
        }
    }

    @Test func junkThenAFrameIsOneTap() async throws {
        let pty = try PseudoTerminal()
        let harness = Harness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write([0x00, 0x41, 0xFF, 0x03] + Self.frame)
        await eventually { await harness.recorder.events.count == 1 }
        let event = try #require(await harness.recorder.events.first)
        #expect(event.payload == Self.tag)
        #expect(event.device == "door-reader")
        #expect(event.role == .pass)
        try await harness.stop()
    }

    @Test func heldCardIsOneTap() async throws {
        let pty = try PseudoTerminal()
        let harness = Harness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        // A held card repeats its frame back to back; written in one go, so a busy CI machine's
        // scheduling cannot stretch the gaps past the hold window (the framer tests cover the window).
        try pty.write(Array([[UInt8]](repeating: Self.frame, count: 20).joined()))
        await eventually { await harness.recorder.events.count >= 1 }
        try await Task.sleep(for: .milliseconds(200))
        #expect(await harness.recorder.payloads == [Self.tag])
        try await harness.stop()
    }

    @Test func badChecksumIsOneRejectionThenAGoodFrameWorks() async throws {
        let pty = try PseudoTerminal()
        let harness = Harness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write(RDM6300FramerTests.frame("62E3086CED09"))
        await eventually { await harness.recorder.events.count == 1 }
        try pty.write(Self.frame)
        await eventually { await harness.recorder.events.count == 2 }
        let payloads = await harness.recorder.payloads
        guard case .rejected(let rejection) = payloads.first else {
            Issue.record("expected a rejection first, got \(payloads)")
            return
        }
        #expect(rejection.code == .checksum)
        #expect(payloads.last == Self.tag)
        try await harness.stop()
    }

    @Test func frameSplitAcrossWritesIsJoined() async throws {
        let pty = try PseudoTerminal()
        let harness = Harness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write(Self.frame[..<6])
        try await Task.sleep(for: .milliseconds(100))
        try pty.write(Self.frame[6..<12])
        try await Task.sleep(for: .milliseconds(100))
        try pty.write(Self.frame[12...])
        await eventually { await harness.recorder.events.count == 1 }
        #expect(await harness.recorder.payloads == [Self.tag])
        try await harness.stop()
    }

    @Test func missingPathIsAConfigurationError() async {
        let descriptor = DeviceDescriptor(name: "r", role: .pass, driver: .rdm6300, path: nil)
        let reader = RDM6300Reader(descriptor: descriptor, logger: Logger(label: "test"))
        let recorder = Recorder()
        await #expect(throws: DeviceError.self) {
            try await reader.run(emit: recorder.emit, report: recorder.report)
        }
    }

    @Test func factoryBuildsTheRDM6300Driver() {
        let descriptor = DeviceDescriptor(name: "r", role: .pass, driver: .rdm6300, path: "/dev/ttyS0")
        #expect(DriverFactory.make(for: descriptor, logger: Logger(label: "test")) is RDM6300Reader)
    }
}
