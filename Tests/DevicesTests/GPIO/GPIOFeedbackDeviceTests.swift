import Devices
import Logging
import Testing

@Suite("GPIO feedback device and factory")
struct GPIOFeedbackDeviceTests {
    static let logger = Logger(label: "test")

    @Test("without a gpiochip the board reports unavailable and keeps running until cancelled")
    func unavailableBoard() async throws {
        let lines = GPIOLines(ledGreen: 17, ledRed: 27, buzzer: 22)
        let descriptor = DeviceDescriptor(name: "desk-board", role: .feedback, driver: .gpio, gpio: lines)
        let feedback = GPIOFeedback(lines: lines, logger: Self.logger)
        let device = GPIOFeedbackDevice(descriptor: descriptor, feedback: feedback, logger: Self.logger)
        let recorder = Recorder()
        let task = Task { try await device.run(emit: recorder.emit, report: recorder.report) }
        await eventually { await recorder.lastState?.label == "unavailable" }
        #expect(await recorder.lastState?.reason == "feedback unavailable: no gpiochip0 — LEDs and buzzer are off, everything else runs")
        await feedback.signal(.accepted, device: "desk")
        task.cancel()
        try await task.value
    }

    @Test("one entry with LEDs and buttons: connected, and presses arrive as buttons")
    func combinedEntry() async throws {
        let chip = FakeGPIOChip()
        let lines = GPIOLines(ledGreen: 17, ledRed: 27, buzzer: 22, buttons: [5])
        let descriptor = DeviceDescriptor(name: "desk-board", role: .feedback, driver: .gpio, gpio: lines)
        let feedback = GPIOFeedback(lines: lines, logger: Self.logger, opener: chip.opener, clock: ManualClock(advancesOnSleep: true))
        let device = GPIOFeedbackDevice(
            descriptor: descriptor, feedback: feedback, logger: Self.logger, opener: chip.opener,
            timing: GPIOButtons.Timing(pollInterval: .milliseconds(20))
        )
        let recorder = Recorder()
        let task = Task { try await device.run(emit: recorder.emit, report: recorder.report) }
        await eventually { await recorder.lastState == .connected }
        chip.line(5).inject(GPIOEdge(.falling, at: .seconds(1)))
        await eventually { await recorder.payloads == [.button(1)] }
        #expect(await recorder.events.first?.role == .buttons)
        await feedback.signal(.accepted, device: "desk")
        await feedback.waitUntilIdle()
        #expect(chip.line(17).recorded.map(\.on) == [true, false])
        task.cancel()
        try await task.value
    }

    @Test("combined state: connected only when both parts are")
    func combinedState() {
        let gone = DeviceState.unavailable("feedback unavailable: no gpiochip0")
        let busy = DeviceState.error("line 5 busy")
        #expect(GPIOFeedbackDevice.combined(feedback: .connected, buttons: .connected) == .connected)
        #expect(GPIOFeedbackDevice.combined(feedback: .connected, buttons: busy) == busy)
        #expect(GPIOFeedbackDevice.combined(feedback: gone, buttons: .connected) == gone)
        #expect(GPIOFeedbackDevice.combined(feedback: gone, buttons: .unavailable("buttons too")) == gone)
        #expect(GPIOFeedbackDevice.combined(feedback: gone, buttons: busy) == busy)
    }

    @Test("factory: buttons entries read buttons, feedback entries share the daemon's sink")
    func factory() async {
        let chip = FakeGPIOChip()
        let buttons = DeviceDescriptor(name: "b", role: .buttons, driver: .gpio, gpio: GPIOLines(buttons: [5]))
        let board = DeviceDescriptor(name: "f", role: .feedback, driver: .gpio, gpio: GPIOLines(ledGreen: 17))
        let serial = DeviceDescriptor(name: "s", role: .intake, driver: .serial, path: "/dev/ttyACM0")
        let sink = GPIODriverFactory.feedback(for: [serial, buttons, board], logger: Self.logger, opener: chip.opener)
        #expect(sink != nil)
        #expect(GPIODriverFactory.feedback(for: [serial, buttons], logger: Self.logger) == nil)
        #expect(GPIODriverFactory.make(for: buttons, feedback: sink, logger: Self.logger) is GPIOButtons)
        let device = GPIODriverFactory.make(for: board, feedback: sink, logger: Self.logger) as? GPIOFeedbackDevice
        #expect(device?.feedback === sink)
        #expect(GPIODriverFactory.make(for: serial, feedback: sink, logger: Self.logger) == nil)
    }
}
