import Devices
import Foundation
import SystemPackage
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct EvdevKeyboardReaderTests {
    @Test func codeWrittenToTheFIFOIsEmitted() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path)
        await eventually { await harness.recorder.lastState == .connected }
        try await EvdevHarness.write(EvdevKeystrokeEncoder().encode("0027314141"), to: path)
        await eventually { await harness.recorder.events.count == 1 }
        let event = try #require(await harness.recorder.events.first)
        #expect(event.payload == .code("0027314141"))
        #expect(event.device == "wedge-1")
        #expect(event.role == .intake)
        try await harness.stop()
    }

    @Test func recordsSplitAcrossWritesAtOddOffsetsAreJoined() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path)
        await eventually { await harness.recorder.lastState == .connected }
        let encoder = EvdevKeystrokeEncoder()
        let bytes = try encoder.encode("4006381333931") + encoder.encode("A1$")
        try await EvdevHarness.write(bytes, to: path, splits: [5, 31, 97, 333, 1001, bytes.count - 3])
        await eventually { await harness.recorder.events.count == 2 }
        #expect(await harness.recorder.payloads == [.code("4006381333931"), .code("A1$")])
        try await harness.stop()
    }

    @Test func writersComingAndGoingNeverDisconnectTheReader() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path)
        await eventually { await harness.recorder.lastState == .connected }
        let encoder = EvdevKeystrokeEncoder()
        try await EvdevHarness.write(encoder.encode("111"), to: path)
        try await EvdevHarness.write(encoder.encode("222"), to: path)
        await eventually { await harness.recorder.events.count == 2 }
        #expect(await harness.recorder.payloads == [.code("111"), .code("222")])
        #expect(await harness.recorder.count(of: "disconnected") == 0)
        try await harness.stop()
    }

    @Test func layoutFromTheConfigIsApplied() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path, layout: "be")
        await eventually { await harness.recorder.lastState == .connected }
        let records = EvdevFixtures.K(11, 11, 2, 4) + EvdevFixtures.enter
        try await EvdevHarness.write(records.flatMap(\.bytes), to: path)
        await eventually { await harness.recorder.events.count == 1 }
        #expect(await harness.recorder.payloads == [.code("àà&\"")])
        try await harness.stop()
    }

    @Test func scannerWithoutSuffixEndsItsCodeBySilence() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path, suffixTimeout: .milliseconds(100))
        await eventually { await harness.recorder.lastState == .connected }
        try await EvdevHarness.write(EvdevKeystrokeEncoder().encode("5901234123457", suffix: false), to: path)
        await eventually { await harness.recorder.events.count == 1 }
        #expect(await harness.recorder.payloads == [.code("5901234123457")])
        try await harness.stop()
    }

    @Test func fifoThatAppearsAfterStartIsWaitedForThenRead() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        let harness = EvdevHarness(path: path)
        await eventually { await harness.recorder.lastState?.label == "waiting" }
        #expect(await harness.recorder.lastState?.reason?.contains(path) == true)
        try EvdevHarness.makeFIFO(path)
        await eventually { await harness.recorder.lastState == .connected }
        try await EvdevHarness.write(EvdevKeystrokeEncoder().encode("0027314141"), to: path)
        await eventually { await harness.recorder.payloads == [.code("0027314141")] }
        #expect(await harness.recorder.count(of: "waiting") == 1)
        try await harness.stop()
    }

    @Test func deviceWithoutRoleIsNeverOpened() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path, role: nil)
        try await harness.task.value
        try await Task.sleep(for: .milliseconds(100))
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        let error = errno
        if fd >= 0 { close(fd) }
        #expect(fd == -1)
        #expect(error == ENXIO, "a non-blocking open for write succeeds only while someone reads the FIFO")
        #expect(await harness.recorder.states.isEmpty)
    }

    @Test func fifoWithAReaderAcceptsANonBlockingWriter() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        try EvdevHarness.makeFIFO(path)
        let harness = EvdevHarness(path: path)
        await eventually { await harness.recorder.lastState == .connected }
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        #expect(fd >= 0)
        if fd >= 0 { close(fd) }
        try await harness.stop()
    }

    @Test func recordedFileIsReadOnceToItsEnd() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/recording"
        let encoder = EvdevKeystrokeEncoder()
        let bytes = try encoder.encode("111") + encoder.encode("222")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let harness = EvdevHarness(path: path)
        await eventually { await harness.recorder.count(of: "disconnected") == 1 }
        #expect(await harness.recorder.payloads == [.code("111"), .code("222")])
        #expect(await harness.recorder.lastState?.reason?.contains("end of recorded input") == true)
        try await harness.stop()
    }

    @Test func unknownLayoutAndMissingPathAreConfigurationErrors() async {
        let recorder = Recorder()
        let badLayout = DeviceDescriptor(name: "w", role: .intake, driver: .evdev, path: "/dev/null", layout: "dvorak")
        let error = await #expect(throws: DeviceError.self) {
            try await EvdevKeyboardReader(descriptor: badLayout, logger: .init(label: "test")).run(emit: recorder.emit, report: recorder.report)
        }
        #expect(error?.message.contains("us, uk, de, fr, be") == true)
        let noPath = DeviceDescriptor(name: "w", role: .intake, driver: .evdev)
        await #expect(throws: DeviceError.self) {
            try await EvdevKeyboardReader(descriptor: noPath, logger: .init(label: "test")).run(emit: recorder.emit, report: recorder.report)
        }
    }
}
