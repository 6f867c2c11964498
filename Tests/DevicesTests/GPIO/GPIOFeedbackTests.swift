import Devices
import Logging
import Testing

@Suite("GPIO feedback on fake lines")
struct GPIOFeedbackTests {
    static let lines = GPIOLines(ledGreen: 17, ledRed: 27, buzzer: 22)

    struct Board {
        let clock: ManualClock
        let chip: FakeGPIOChip
        let feedback: GPIOFeedback

        init(advancesOnSleep: Bool = true, lines: GPIOLines = GPIOFeedbackTests.lines, logger: Logger = Logger(label: "test")) {
            clock = ManualClock(advancesOnSleep: advancesOnSleep)
            chip = FakeGPIOChip(now: clock.elapsed)
            feedback = GPIOFeedback(lines: lines, logger: logger, opener: chip.opener, clock: clock)
        }

        var green: FakeGPIOLine { chip.line(17) }
        var red: FakeGPIOLine { chip.line(27) }
        var buzzer: FakeGPIOLine { chip.line(22) }

        func line(for output: FeedbackOutput) -> FakeGPIOLine {
            switch output {
            case .green: green
            case .red: red
            case .buzzer: buzzer
            }
        }
    }

    @Test("each pattern plays its exact steps on the lines", arguments: FeedbackSignal.allCases)
    func playsPattern(signal: FeedbackSignal) async {
        let board = Board()
        await board.feedback.signal(signal, device: "desk")
        await board.feedback.waitUntilIdle()
        let pattern = FeedbackPattern.pattern(for: signal)
        for output in FeedbackOutput.allCases {
            let expected = pattern.steps.filter { $0.output == output }.map { FakeGPIOLine.Write(time: $0.at, on: $0.on) }
            #expect(board.line(for: output).recorded == expected, "\(output)")
            #expect(board.line(for: output).value == false, "\(output) left on")
        }
        #expect(await board.feedback.state == .connected)
    }

    @Test("accepted writes green and one beep at the right times")
    func acceptedTimeline() async {
        let board = Board()
        await board.feedback.signal(.accepted, device: "desk")
        await board.feedback.waitUntilIdle()
        #expect(board.green.recorded == [.init(time: .zero, on: true), .init(time: .milliseconds(600), on: false)])
        #expect(board.buzzer.recorded == [.init(time: .zero, on: true), .init(time: .milliseconds(80), on: false)])
        #expect(board.red.recorded.isEmpty)
    }

    @Test("a new signal preempts the pattern in progress, switching its outputs off first")
    func preemption() async {
        let board = Board(advancesOnSleep: false)
        await board.feedback.signal(.accepted, device: "desk")
        await eventually { board.clock.sleeperCount == 1 }
        #expect(board.green.value && board.buzzer.value)

        await board.feedback.signal(.rejected, device: "desk")
        await eventually { board.red.value && board.clock.sleeperCount == 1 }
        #expect(board.green.recorded.map(\.on) == [true, false])
        #expect(board.buzzer.recorded.map(\.on) == [true, false, true])
        #expect(board.red.recorded.map(\.on) == [true])

        board.clock.advance(by: .seconds(2))
        await board.feedback.waitUntilIdle()
        #expect(board.red.recorded.map(\.on) == [true, false])
        #expect(board.buzzer.recorded.map(\.on) == [true, false, true, false, true, false])
        #expect(!board.green.value && !board.red.value && !board.buzzer.value)
    }

    @Test("a burst of signals ends with only the last pattern played, and all off")
    func burst() async {
        let board = Board(advancesOnSleep: false)
        await board.feedback.signal(.accepted, device: "desk")
        await board.feedback.signal(.duplicate, device: "desk")
        await board.feedback.signal(.attention, device: "desk")
        await eventually { board.clock.sleeperCount == 1 }
        board.clock.advance(by: .seconds(5))
        await board.feedback.waitUntilIdle()
        #expect(board.red.recorded.map(\.on) == [true, false, true, false, true, false])
        #expect(!board.green.value && !board.red.value && !board.buzzer.value)
    }

    @Test("shutdown stops a playing pattern and leaves everything dark")
    func shutdown() async {
        let board = Board(advancesOnSleep: false)
        await board.feedback.signal(.rejected, device: "desk")
        await eventually { board.clock.sleeperCount == 1 }
        await board.feedback.shutdown()
        #expect(board.red.recorded.map(\.on) == [true, false])
        #expect(board.buzzer.recorded.map(\.on) == [true, false])
    }

    @Test("a board without a buzzer plays the LED part only")
    func partialBoard() async {
        let board = Board(lines: GPIOLines(ledGreen: 17, ledRed: 27))
        await board.feedback.signal(.accepted, device: "desk")
        await board.feedback.waitUntilIdle()
        #expect(board.green.recorded.map(\.on) == [true, false])
        #expect(board.buzzer.recorded.isEmpty)
    }

    @Test("a failing output shows as an error but never reaches the caller")
    func writeFailure() async {
        let board = Board()
        #expect(await board.feedback.start() == .connected)
        board.buzzer.fail(with: GPIOError(.writeFailed, "cannot set line 22 of gpiochip0 (Input/output error, errno 5)", errno: 5))
        await board.feedback.signal(.accepted, device: "desk")
        await board.feedback.waitUntilIdle()
        #expect(await board.feedback.state.label == "error")
        #expect(board.green.recorded.map(\.on) == [true, false])

        board.buzzer.fail(with: nil)
        await board.feedback.signal(.accepted, device: "desk")
        await board.feedback.waitUntilIdle()
        #expect(await board.feedback.state == .connected)
    }

    @Test("no gpiochip: unavailable once, signals are no-ops")
    func noChip() async {
        let log = LogCapture()
        let opener: GPIOChipOpener = { name throws(GPIOError) in
            throw GPIOError(.noChip, "no \(name) (No such file or directory, errno 2)", errno: 2)
        }
        let feedback = GPIOFeedback(lines: Self.lines, logger: log.logger, opener: opener, clock: ManualClock(advancesOnSleep: true))
        let expected = DeviceState.unavailable("feedback unavailable: no gpiochip0 — LEDs and buzzer are off, everything else runs")
        #expect(await feedback.start() == expected)
        for signal in FeedbackSignal.allCases {
            await feedback.signal(signal, device: "desk")
        }
        await feedback.waitUntilIdle()
        #expect(await feedback.state == expected)
        #expect(log.count(containing: "feedback unavailable") == 1)
    }

    @Test("a busy line is an error state naming the line")
    func busyLine() async {
        let board = Board()
        board.chip.refuse(27, with: GPIOError(.busy, "line 27 of gpiochip0 is in use by another program"))
        let state = await board.feedback.start()
        #expect(state.label == "error")
        #expect(state.reason?.contains("line 27") == true)
        await board.feedback.signal(.accepted, device: "desk")
        #expect(board.green.recorded.isEmpty)
    }

    @Test("no output lines configured: unavailable")
    func nothingConfigured() async {
        let board = Board(lines: GPIOLines(buttons: [5]))
        #expect(await board.feedback.start().label == "unavailable")
    }
}
