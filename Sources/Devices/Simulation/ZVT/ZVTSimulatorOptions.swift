/// How the simulated terminal identifies itself and how patient it is.
///
/// The timeouts default to the spec's values (T2 = 5 s); tests shorten them so a scenario
/// that waits for a silent ECR does not take seconds.
public struct ZVTSimulatorOptions: Sendable {
    /// Sent raw on every new TCP connection and once when a pty simulator starts, because
    /// real terminals greet with non-ZVT text the ECR must skip.
    public var banner: String?
    /// Six digits; registration, end-of-day and reversal carrying another password get 84 83.
    public var password: String
    /// Eight digits, sent as BMP 29.
    public var terminalID: String
    public var firstReceiptNumber: Int
    /// The pause between intermediate statuses (04 FF).
    public var stepDelay: Duration
    /// How long the terminal waits for the ECR's 80 00 00 after each of its messages; a missing
    /// reply to an approval's 04 0F reverses it.
    public var replyTimeout: Duration
    /// Serial T2: how long the terminal waits for the ECR's ACK of one of its frames.
    public var acknowledgement: Duration
    /// How long a pty simulator stays deaf after it "loses the link".
    public var dropSilence: Duration
    /// How long a script with abort handling waits for the ECR's 06 B0 before it carries on.
    public var abortWindow: Duration

    public init(
        banner: String? = nil, password: String = "000000", terminalID: String = "52500001",
        firstReceiptNumber: Int = 1, stepDelay: Duration = .milliseconds(100),
        replyTimeout: Duration = .seconds(5), acknowledgement: Duration = .seconds(5),
        dropSilence: Duration = .seconds(2), abortWindow: Duration = .seconds(30)
    ) {
        self.banner = banner
        self.password = password
        self.terminalID = terminalID
        self.firstReceiptNumber = firstReceiptNumber
        self.stepDelay = stepDelay
        self.replyTimeout = replyTimeout
        self.acknowledgement = acknowledgement
        self.dropSilence = dropSilence
        self.abortWindow = abortWindow
    }
}
