import Logging

/// Plays feedback patterns on the green LED, red LED and buzzer of the feedback board.
///
/// An actor because the workflows signal from many tasks while a pattern is still playing:
/// the newest signal wins, the pattern in progress stops, and its outputs are switched off
/// before the new one starts, so a rejection right after an acceptance is never shown green.
///
/// Without GPIO (no gpiochip on a laptop or in a container) it logs once, reports
/// `.unavailable`, and every signal is a no-op: feedback is never a reason for a scan to fail.
public actor GPIOFeedback: FeedbackSink {
    private let lines: GPIOLines
    private let opener: GPIOChipOpener
    private let clock: any Clock<Duration>
    private let logger: Logger
    private var outputs: [FeedbackOutput: any GPIOOutput] = [:]
    private var lit: Set<FeedbackOutput> = []
    private var failing: Set<FeedbackOutput> = []
    private var opened = false
    private var playing: Task<Void, Never>?

    /// What `kiosk status` shows for the feedback board.
    public private(set) var state: DeviceState = .waiting("feedback lines not opened yet")

    /// `clock` paces the patterns; tests pass a manual clock so no test waits for real time.
    public init(
        lines: GPIOLines,
        logger: Logger,
        opener: @escaping GPIOChipOpener = LibgpiodChip.opener,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.lines = lines
        self.opener = opener
        self.clock = clock
        self.logger = logger
    }

    /// Opens the chip and requests the output lines (only the first call does), and returns
    /// the resulting state. Signals open lazily too; calling this at startup just makes a
    /// missing chip show in the status and the journal before the first scan.
    @discardableResult
    public func start() -> DeviceState {
        openIfNeeded()
        return state
    }

    public func signal(_ signal: FeedbackSignal, device: String) async {
        openIfNeeded()
        guard !outputs.isEmpty else { return }
        logger.debug("feedback", metadata: ["signal": "\(signal.rawValue)", "device": "\(device)"])
        let previous = playing
        previous?.cancel()
        let pattern = FeedbackPattern.pattern(for: signal)
        playing = Task {
            await previous?.value
            await self.play(pattern, on: self.clock)
        }
    }

    /// Returns once no pattern is playing; for orderly shutdown and tests.
    public func waitUntilIdle() async {
        while let task = playing {
            await task.value
            if playing == task {
                playing = nil
            }
        }
    }

    /// Stops any pattern and switches every output off, so the LEDs and buzzer are dark while
    /// the hub is stopped.
    public func shutdown() async {
        playing?.cancel()
        await waitUntilIdle()
        switchOffLit()
    }

    private func openIfNeeded() {
        guard !opened else { return }
        opened = true
        let wanted: [(FeedbackOutput, Int)] = [
            (.green, lines.ledGreen), (.red, lines.ledRed), (.buzzer, lines.buzzer),
        ].compactMap { output, offset in offset.map { (output, $0) } }
        guard !wanted.isEmpty else {
            state = .unavailable("feedback unavailable: no led_green, led_red or buzzer line configured")
            logger.notice("\(state.reason ?? "")")
            return
        }
        do {
            let chip = try opener(lines.chip)
            var requested: [FeedbackOutput: any GPIOOutput] = [:]
            for (output, offset) in wanted {
                requested[output] = try chip.output(offset)
            }
            outputs = requested
            state = .connected
            logger.info("feedback lines ready", metadata: ["chip": "\(lines.chip)", "outputs": "\(wanted.map(\.1))"])
        } catch {
            state = Self.degradedState(for: error, chip: lines.chip)
            logger.warning("\(state.reason ?? "")")
        }
    }

    /// A missing chip is expected off the Pi and shows as unavailable; anything else (a busy
    /// line, missing permission, a wrong line number) is a fault staff should fix.
    static func degradedState(for error: GPIOError, chip: String) -> DeviceState {
        let consequence = "LEDs and buzzer are off, everything else runs"
        if error.code == .noChip {
            return .unavailable("feedback unavailable: no \(chip) — \(consequence)")
        }
        return .error("feedback unavailable: \(error.message) — \(consequence)")
    }

    private func play<C: Clock>(_ pattern: FeedbackPattern, on clock: C) async where C.Duration == Duration {
        let start = clock.now
        for step in pattern.steps {
            do {
                try Task.checkCancellation()
                if step.at > .zero {
                    try await clock.sleep(until: start.advanced(by: step.at), tolerance: nil)
                }
            } catch {
                switchOffLit()
                return
            }
            write(step.output, on: step.on)
        }
    }

    private func switchOffLit() {
        for output in FeedbackOutput.allCases where lit.contains(output) {
            write(output, on: false)
        }
    }

    /// A failing output shows as an error until that same output works again; the others keep
    /// playing, since a dead buzzer is no reason to stop the LEDs.
    private func write(_ output: FeedbackOutput, on: Bool) {
        guard let line = outputs[output] else { return }
        do {
            try line.set(on)
            if on { lit.insert(output) } else { lit.remove(output) }
            if failing.remove(output) != nil, failing.isEmpty {
                state = .connected
                logger.info("feedback outputs work again", metadata: ["output": "\(output.rawValue)"])
            }
        } catch {
            if failing.insert(output).inserted {
                state = .error("feedback output failed: \(error.message)")
                logger.error("\(error.message)", metadata: ["output": "\(output.rawValue)"])
            }
        }
    }
}
