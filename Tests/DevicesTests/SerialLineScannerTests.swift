import Devices
import Foundation
import Testing

@Suite struct SerialLineScannerTests {
    @Test func codeWrittenToThePtyIsEmitted() async throws {
        let pty = try PseudoTerminal()
        let harness = ScannerHarness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write("0027314141\r")
        await eventually { await harness.recorder.events.count == 1 }
        let event = try #require(await harness.recorder.events.first)
        #expect(event.payload == .code("0027314141"))
        #expect(event.device == "scanner-1")
        #expect(event.role == .intake)
        try await harness.stop()
    }

    @Test func garbageIsRejectedThenAGoodCodeFollows() async throws {
        let pty = try PseudoTerminal()
        let harness = ScannerHarness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write([0xFF, 0xFE, 0x00, 0x81, 0x0D])
        try pty.write("4006381333931\r")
        await eventually { await harness.recorder.events.count == 2 }
        let payloads = await harness.recorder.payloads
        guard case .rejected(let rejection) = payloads.first else {
            Issue.record("expected a rejection first, got \(payloads)")
            return
        }
        #expect(rejection.code == .binary)
        #expect(payloads.last == .code("4006381333931"))
        try await harness.stop()
    }

    @Test func codeSplitAcrossWritesIsJoined() async throws {
        let pty = try PseudoTerminal()
        let harness = ScannerHarness(path: pty.slavePath)
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write("00273")
        try await Task.sleep(for: .milliseconds(150))
        try pty.write("14141\r")
        await eventually { await harness.recorder.events.count == 1 }
        #expect(await harness.recorder.payloads == [.code("0027314141")])
        try await harness.stop()
    }

    @Test func waitsForAMissingPathAndConnectsWhenItAppears() async throws {
        let path = ScannerHarness.temporaryPath()
        let harness = ScannerHarness(path: path)
        await eventually { await harness.recorder.lastState?.label == "waiting" }
        #expect(await harness.recorder.lastState?.reason?.contains(path) == true)
        let pty = try PseudoTerminal()
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: pty.slavePath)
        defer { try? FileManager.default.removeItem(atPath: path) }
        await eventually { await harness.recorder.lastState == .connected }
        try pty.write("0027314141\r")
        await eventually { await harness.recorder.payloads == [.code("0027314141")] }
        #expect(await harness.recorder.count(of: "waiting") == 1)
        try await harness.stop()
    }

    @Test func unplugIsReportedAndANewDeviceAtThePathReconnects() async throws {
        let path = ScannerHarness.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try PseudoTerminal()
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: first.slavePath)
        let harness = ScannerHarness(path: path)
        await eventually { await harness.recorder.lastState == .connected }
        first.close()
        await eventually { await harness.recorder.count(of: "disconnected") == 1 }
        let reason = await harness.recorder.states.first { $0.label == "disconnected" }?.reason ?? ""
        #expect(reason.contains("hangup") || reason.contains("Input/output") || reason.contains("end of file"))
        try FileManager.default.removeItem(atPath: path)
        let second = try PseudoTerminal()
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: second.slavePath)
        await eventually { await harness.recorder.count(of: "connected") == 2 }
        try second.write("0027314141\r")
        await eventually { await harness.recorder.payloads == [.code("0027314141")] }
        try await harness.stop()
    }

    @Test func missingPathInTheConfigIsAnError() async {
        let descriptor = DeviceDescriptor(name: "s", role: .intake, driver: .serial, path: nil)
        let scanner = SerialLineScanner(descriptor: descriptor, logger: .init(label: "test"))
        let recorder = Recorder()
        await #expect(throws: DeviceError.self) {
            try await scanner.run(emit: recorder.emit, report: recorder.report)
        }
    }

    @Test func unsupportedBaudIsRejectedWithTheSupportedList() {
        #expect(throws: DeviceError.self) { try SerialPort.open(path: "/dev/null", baud: 12345) }
        #expect(SerialBaudRate.speed(for: 115_200) != nil)
    }
}
