import Logging

/// Builds the drivers for `driver = gpio` entries and the feedback sink the daemon signals.
///
/// The sink and the status driver must share one `GPIOFeedback`, so the daemon creates it with
/// `feedback(for:logger:)` first and passes it to `make(for:feedback:logger:)`.
public enum GPIODriverFactory {
    /// The feedback sink for the first `gpio` entry with role `feedback`, or nil when no such
    /// entry exists (the daemon then keeps `LogFeedback`).
    public static func feedback(
        for descriptors: [DeviceDescriptor],
        logger: Logger,
        opener: @escaping GPIOChipOpener = LibgpiodChip.opener
    ) -> GPIOFeedback? {
        guard let entry = descriptors.first(where: { $0.driver == .gpio && $0.role == .feedback }) else { return nil }
        var logger = logger
        logger[metadataKey: "device"] = "\(entry.name)"
        return GPIOFeedback(lines: entry.gpio ?? GPIOLines(), logger: logger, opener: opener)
    }

    /// A role `buttons` entry reads buttons; a role `feedback` entry shows the board (and reads
    /// the buttons it lists). Other roles, or a driver other than `gpio`, give nil.
    public static func make(
        for descriptor: DeviceDescriptor,
        feedback: GPIOFeedback?,
        logger: Logger,
        opener: @escaping GPIOChipOpener = LibgpiodChip.opener
    ) -> (any DeviceDriver)? {
        guard descriptor.driver == .gpio else { return nil }
        switch descriptor.role {
        case .buttons:
            return GPIOButtons(descriptor: descriptor, logger: logger, opener: opener)
        case .feedback:
            let sink = feedback ?? GPIOFeedback(lines: descriptor.gpio ?? GPIOLines(), logger: logger, opener: opener)
            return GPIOFeedbackDevice(descriptor: descriptor, feedback: sink, logger: logger, opener: opener)
        default:
            return nil
        }
    }
}
