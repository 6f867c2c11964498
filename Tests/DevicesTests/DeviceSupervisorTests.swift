import Devices
import Logging
import Testing

private struct BrokenDriver: DeviceDriver {
    let descriptor = DeviceDescriptor(name: "broken", role: .pass, driver: .serial, path: "/dev/broken")

    func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        throw DeviceError(.openFailed, "broken on purpose")
    }
}

private struct SteadyDriver: DeviceDriver {
    let descriptor: DeviceDescriptor

    init(name: String = "steady", role: DeviceRole? = .intake) {
        descriptor = DeviceDescriptor(name: name, role: role, driver: .serial, path: "/dev/steady")
    }

    func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        await report(.connected)
        var count = 0
        while !Task.isCancelled {
            count += 1
            await emit(InputEvent(device: descriptor.name, role: descriptor.role ?? .intake, payload: .code(ScannedCode(raw: "42-\(count)"))))
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}

@Suite struct DeviceSupervisorTests {
    private let fastRestart = RetryBackoff(initial: .milliseconds(10), maximum: .milliseconds(50))

    @Test func failingDriverDoesNotStopAnother() async {
        let board = DeviceStatusBoard()
        let recorder = Recorder()
        let supervisor = DeviceSupervisor(
            drivers: [BrokenDriver(), SteadyDriver()], board: board, sink: recorder.emit,
            logger: Logger(label: "test"), restart: fastRestart
        )
        let task = Task { await supervisor.run() }
        await eventually { await recorder.events.count >= 3 }
        #expect(await recorder.events.allSatisfy { $0.device == "steady" })
        #expect(await board.state(of: "broken") == .error("broken on purpose"))
        #expect(await board.state(of: "steady") == .connected)
        task.cancel()
        await task.value
    }

    @Test func devicesWithoutARoleAreNeverRun() async {
        let board = DeviceStatusBoard()
        let recorder = Recorder()
        let supervisor = DeviceSupervisor(
            drivers: [SteadyDriver(name: "spare", role: nil)], board: board, sink: recorder.emit,
            logger: Logger(label: "test"), restart: fastRestart
        )
        let task = Task { await supervisor.run() }
        await eventually { await board.state(of: "spare") == .unused }
        try? await Task.sleep(for: .milliseconds(100))
        #expect(await recorder.events.isEmpty)
        task.cancel()
        await task.value
    }

    @Test func descriptorsWithoutADriverYetShowAnError() async {
        let board = DeviceStatusBoard()
        let descriptors = [
            DeviceDescriptor(name: "terminal", role: .payment, driver: .zvt, path: "/dev/ttyACM1"),
            DeviceDescriptor(name: "keyboard", role: nil, driver: .evdev, path: "/dev/input/event0"),
        ]
        let supervisor = DeviceSupervisor(
            descriptors: descriptors, board: board, sink: { _ in }, logger: Logger(label: "test")
        )
        await supervisor.run()
        #expect(await board.state(of: "terminal")?.reason?.contains("driver zvt arrives in a later release") == true)
        #expect(await board.state(of: "keyboard") == .unused)
    }

    @Test func factoryBuildsEveryDriverButTheTerminal() {
        let logger = Logger(label: "test")
        func make(_ kind: DriverKind) -> (any DeviceDriver)? {
            DriverFactory.make(for: DeviceDescriptor(name: "x", role: .intake, driver: kind, path: "/dev/x"), logger: logger)
        }
        #expect(make(.serial) is SerialLineScanner)
        #expect(make(.rdm6300) is RDM6300Reader)
        #expect(make(.evdev) is EvdevKeyboardReader)
        #expect(make(.hid) is USBHIDScanner)
        #expect(make(.zvt) == nil)
    }

    @Test func statusBoardKeepsSinceUntilTheStateChanges() async {
        let board = DeviceStatusBoard()
        await board.update("a", to: .connected)
        let first = await board.entry(for: "a")?.since
        try? await Task.sleep(for: .milliseconds(20))
        await board.update("a", to: .connected)
        #expect(await board.entry(for: "a")?.since == first)
        await board.update("a", to: .disconnected("unplugged"))
        #expect(await board.entry(for: "a")?.since != first)
    }
}
