import Logging

/// Feedback where no GPIO is wired: the journal shows what the LEDs would have.
public struct LogFeedback: FeedbackSink {
    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func signal(_ signal: FeedbackSignal, device: String) async {
        logger.debug("feedback", metadata: ["signal": "\(signal.rawValue)", "device": "\(device)"])
    }
}
