/// How often a serial driver looks for its node again and how it backs off after a hangup;
/// tests shorten these.
public struct SerialTiming: Sendable {
    public var pathRetry: Duration
    public var reopen: RetryBackoff

    public init(pathRetry: Duration = .milliseconds(500), reopen: RetryBackoff = RetryBackoff()) {
        self.pathRetry = pathRetry
        self.reopen = reopen
    }
}
