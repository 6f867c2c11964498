import Devices
import Logging
import Testing

@Suite("GPIO buttons on fake lines")
struct GPIOButtonsTests {
    static let timing = GPIOButtons.Timing(
        pollInterval: .milliseconds(20), retry: RetryBackoff(initial: .milliseconds(20), maximum: .milliseconds(100))
    )

    static func descriptor(buttons: [Int] = [5, 6, 13], role: DeviceRole = .buttons) -> DeviceDescriptor {
        DeviceDescriptor(name: "kiosk-buttons", role: role, driver: .gpio, gpio: GPIOLines(buttons: buttons))
    }

    struct Harness {
        let recorder = Recorder()
        let task: Task<Void, any Error>

        init(_ driver: any DeviceDriver) {
            let recorder = recorder
            task = Task { try await driver.run(emit: recorder.emit, report: recorder.report) }
        }

        func stop() async throws {
            task.cancel()
            try await task.value
        }
    }

    @Test("a bouncy press on each line emits its 1-based button number once")
    func presses() async throws {
        let chip = FakeGPIOChip()
        let driver = GPIOButtons(descriptor: Self.descriptor(), logger: Logger(label: "test"), opener: chip.opener, timing: Self.timing)
        let harness = Harness(driver)
        await eventually { await harness.recorder.lastState == .connected }

        for (offset, ms) in [(6, 1000), (6, 1001), (6, 1003)] {
            chip.line(offset).inject(GPIOEdge(ms == 1001 ? .rising : .falling, at: .milliseconds(ms)))
        }
        await eventually { await harness.recorder.payloads == [.button(2)] }
        chip.line(13).inject(GPIOEdge(.falling, at: .milliseconds(1010)))
        chip.line(5).inject(GPIOEdge(.falling, at: .milliseconds(2000)))
        await eventually { await harness.recorder.payloads.count == 3 }
        let payloads = await harness.recorder.payloads
        #expect(payloads.first == .button(2))
        #expect(Set(payloads.dropFirst().map { "\($0)" }) == ["button(3)", "button(1)"])
        #expect(await harness.recorder.events.allSatisfy { $0.role == .buttons && $0.device == "kiosk-buttons" })
        try await harness.stop()
    }

    @Test("releases and active-high wiring follow the polarity")
    func activeHigh() async throws {
        let chip = FakeGPIOChip()
        let driver = GPIOButtons(
            descriptor: Self.descriptor(buttons: [4]), logger: Logger(label: "test"), polarity: .activeHigh,
            opener: chip.opener, timing: Self.timing
        )
        let harness = Harness(driver)
        await eventually { await harness.recorder.lastState == .connected }
        chip.line(4).inject(GPIOEdge(.falling, at: .seconds(1)))
        chip.line(4).inject(GPIOEdge(.rising, at: .seconds(2)))
        await eventually { await harness.recorder.payloads == [.button(1)] }
        try await harness.stop()
    }

    @Test("no gpiochip: unavailable once, no restarts, returns when cancelled")
    func noChip() async throws {
        let log = LogCapture()
        let driver = GPIOButtons(descriptor: Self.descriptor(), logger: log.logger, timing: Self.timing)
        let harness = Harness(driver)
        await eventually { await harness.recorder.lastState?.label == "unavailable" }
        #expect(await harness.recorder.lastState?.reason?.contains("no gpiochip0") == true)
        try await harness.stop()
        #expect(await harness.recorder.states.count == 1)
        #expect(log.count(containing: "buttons unavailable") == 1)
    }

    @Test("a busy line is reported as an error and retried until it is free")
    func busyThenFree() async throws {
        let chip = FakeGPIOChip()
        chip.refuse(6, with: GPIOError(.busy, "line 6 of gpiochip0 is in use by another program"))
        let driver = GPIOButtons(descriptor: Self.descriptor(), logger: Logger(label: "test"), opener: chip.opener, timing: Self.timing)
        let harness = Harness(driver)
        await eventually { await harness.recorder.lastState?.label == "error" }
        chip.refuse(6, with: nil)
        await eventually { await harness.recorder.lastState == .connected }
        chip.line(6).inject(GPIOEdge(.falling, at: .seconds(3)))
        await eventually { await harness.recorder.payloads == [.button(2)] }
        try await harness.stop()
    }

    @Test("a failing line disconnects, and the driver recovers")
    func lineFailure() async throws {
        let chip = FakeGPIOChip()
        let driver = GPIOButtons(descriptor: Self.descriptor(buttons: [5]), logger: Logger(label: "test"), opener: chip.opener, timing: Self.timing)
        let harness = Harness(driver)
        await eventually { await harness.recorder.lastState == .connected }
        chip.line(5).fail(with: GPIOError(.waitFailed, "waiting for button line 5 of gpiochip0 failed"))
        await eventually { await harness.recorder.count(of: "disconnected") >= 1 }
        chip.line(5).fail(with: nil)
        await eventually { await harness.recorder.lastState == .connected }
        chip.line(5).inject(GPIOEdge(.falling, at: .seconds(9)))
        await eventually { await harness.recorder.payloads == [.button(1)] }
        try await harness.stop()
    }

    @Test("an entry without buttons is unavailable and waits quietly")
    func noButtons() async throws {
        let driver = GPIOButtons(descriptor: Self.descriptor(buttons: []), logger: Logger(label: "test"), opener: FakeGPIOChip().opener)
        let harness = Harness(driver)
        await eventually { await harness.recorder.lastState?.label == "unavailable" }
        try await harness.stop()
    }
}
