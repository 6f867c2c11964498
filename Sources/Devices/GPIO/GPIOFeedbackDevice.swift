import Logging

/// The feedback board as a device on the status board (role `feedback`, driver `gpio`).
///
/// The daemon sends signals to the shared `GPIOFeedback` sink; this driver only makes the
/// board's state visible in `kiosk status` and switches the outputs off when the hub stops.
/// When the same `gpio` entry also lists `buttons`, it reads them too, so one config entry can
/// describe the whole board; the status line then combines both states.
public struct GPIOFeedbackDevice: DeviceDriver {
    public let descriptor: DeviceDescriptor
    public let feedback: GPIOFeedback
    let buttons: GPIOButtons?

    public init(
        descriptor: DeviceDescriptor,
        feedback: GPIOFeedback,
        logger: Logger,
        polarity: ButtonPolarity = .activeLow,
        opener: @escaping GPIOChipOpener = LibgpiodChip.opener,
        timing: GPIOButtons.Timing = GPIOButtons.Timing()
    ) {
        self.descriptor = descriptor
        self.feedback = feedback
        let hasButtons = !(descriptor.gpio?.buttons.isEmpty ?? true)
        self.buttons = hasButtons
            ? GPIOButtons(descriptor: descriptor, logger: logger, polarity: polarity, opener: opener, timing: timing)
            : nil
    }

    /// Returns only when cancelled; never throws, so a board without GPIO is reported once
    /// rather than restarted forever.
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        guard descriptor.role != nil else { return }
        let board = await feedback.start()
        if let buttons {
            try await buttons.run(emit: emit) { state in
                await report(Self.combined(feedback: board, buttons: state))
            }
        } else {
            await report(board)
            await GPIOButtons.waitUntilCancelled()
        }
        await feedback.shutdown()
    }

    /// One status for a board with outputs and buttons: connected only when both are, else the
    /// part that is not, with its own reason (the feedback part first, errors before the rest).
    public static func combined(feedback: DeviceState, buttons: DeviceState) -> DeviceState {
        switch (feedback, buttons) {
        case (.connected, let other), (let other, .connected):
            return other
        case (.error, _), (.unavailable, .unavailable):
            return feedback
        case (_, .error):
            return buttons
        default:
            return feedback
        }
    }
}
