import Foundation
import Logging

/// Reads the big kiosk buttons from GPIO edge events and emits `.button(n)`, numbered as on
/// the buttons' labels (the order of `buttons` in the config, starting at 1).
///
/// Without GPIO it reports `.unavailable` and waits quietly until cancelled instead of
/// throwing: the supervisor restarts throwing drivers, and a missing chip would otherwise
/// fill the journal with restarts.
public struct GPIOButtons: DeviceDriver {
    /// How often a reading thread checks for cancellation, and how to back off when a line
    /// cannot be requested (busy after a restart) or fails; tests shorten these.
    public struct Timing: Sendable {
        public var pollInterval: Duration
        public var retry: RetryBackoff

        public init(pollInterval: Duration = .milliseconds(100), retry: RetryBackoff = RetryBackoff(initial: .seconds(1), maximum: .seconds(30))) {
            self.pollInterval = pollInterval
            self.retry = retry
        }
    }

    public let descriptor: DeviceDescriptor
    let logger: Logger
    let polarity: ButtonPolarity
    let opener: GPIOChipOpener
    let timing: Timing

    public init(
        descriptor: DeviceDescriptor,
        logger: Logger,
        polarity: ButtonPolarity = .activeLow,
        opener: @escaping GPIOChipOpener = LibgpiodChip.opener,
        timing: Timing = Timing()
    ) {
        self.descriptor = descriptor
        self.polarity = polarity
        self.opener = opener
        self.timing = timing
        var logger = logger
        logger[metadataKey: "device"] = "\(descriptor.name)"
        self.logger = logger
    }

    /// Returns only when cancelled; never throws, see the type's documentation.
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        guard descriptor.role != nil else { return }
        var reporter = StateReporter(sink: report)
        guard let lines = descriptor.gpio, !lines.buttons.isEmpty else {
            await reporter.report(.unavailable("no buttons configured — list the button lines in buttons = [...]"))
            await Self.waitUntilCancelled()
            return
        }
        var retry = timing.retry
        while !Task.isCancelled {
            switch Result(catching: { () throws(GPIOError) in try requestInputs(lines) }) {
            case .success(let inputs):
                await reporter.report(.connected)
                logger.info("buttons ready", metadata: ["chip": "\(lines.chip)", "lines": "\(lines.buttons)"])
                retry.reset()
                guard let reason = await readPresses(inputs, lines: lines, emit: emit) else { return }
                logger.warning("buttons stopped: \(reason)")
                await reporter.report(.disconnected(reason))
            case .failure(let error) where error.code == .noChip:
                let reason = "buttons unavailable: no \(lines.chip) — the kiosk buttons do nothing, everything else runs"
                logger.warning("\(reason)")
                await reporter.report(.unavailable(reason))
                await Self.waitUntilCancelled()
                return
            case .failure(let error):
                if await reporter.report(.error(error.message)) {
                    logger.error("\(error.message)")
                }
            }
            try? await Task.sleep(for: retry.next())
        }
    }

    private func requestInputs(_ lines: GPIOLines) throws(GPIOError) -> [any GPIOInput] {
        let chip = try opener(lines.chip)
        var inputs: [any GPIOInput] = []
        for offset in lines.buttons {
            inputs.append(try chip.input(offset))
        }
        return inputs
    }

    /// Emits debounced presses until a line fails (returns the reason) or the task is
    /// cancelled (returns nil).
    private func readPresses(_ inputs: [any GPIOInput], lines: GPIOLines, emit: InputSink) async -> String? {
        var debouncers = inputs.map { _ in ButtonDebouncer(window: lines.debounce, polarity: polarity) }
        let events = GPIOEdgeReader.start(inputs, name: descriptor.name, pollInterval: timing.pollInterval)
        for await event in events {
            switch event {
            case .failed(let reason):
                return reason
            case .edge(let index, let edge):
                guard debouncers[index].feed(edge) else { continue }
                await emit(InputEvent(device: descriptor.name, role: .buttons, time: Date(), payload: .button(index + 1)))
            }
        }
        return Task.isCancelled ? nil : "reading the buttons stopped unexpectedly"
    }

    /// Parks a driver that has nothing to do, without spinning and without returning (which
    /// the supervisor would treat as a failure).
    static func waitUntilCancelled() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
