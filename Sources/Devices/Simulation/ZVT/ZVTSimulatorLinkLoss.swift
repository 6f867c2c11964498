/// Why the serving thread left a conversation; both end the transaction in progress.
enum ZVTSimulatorLinkLoss: Error, Sendable, Equatable {
    /// The connection closed, a write failed, a frame was never acknowledged, or a script
    /// asked to drop the link. Over TCP the terminal accepts the next connection; over a pty
    /// it goes deaf for a while.
    case lost
    /// `stop()` was called.
    case stopped
}
