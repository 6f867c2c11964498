/// The waits of a ZVT session in one place, so tests can shrink them and a slow terminal can be
/// given more room from the config without touching the dialogue code.
public struct ZVTTimings: Sendable, Equatable {
    /// T1 (PA00P016): the longest silence between two bytes of one serial frame.
    public var interByte: Duration
    /// T2: how long a serial frame waits for the peer's ACK before it is repeated.
    public var acknowledgement: Duration
    /// How often an unacknowledged serial frame is repeated before the link is given up.
    public var repeats: Int
    /// How long a command waits for the terminal's 80 00 00 or 84 xx.
    public var reply: Duration
    /// The longest silence while a customer is at the terminal; every 04 FF restarts it,
    /// because PIN entry and a slow issuer can each take most of a minute.
    public var customer: Duration
    /// How long to wait for 06 0F and trailing receipt lines once the result was acknowledged.
    public var completion: Duration
    /// How long a TCP connect may take before the terminal counts as unreachable.
    public var connect: Duration

    public init(
        interByte: Duration = .milliseconds(200),
        acknowledgement: Duration = .seconds(5),
        repeats: Int = 2,
        reply: Duration = .seconds(5),
        customer: Duration = .seconds(120),
        completion: Duration = .seconds(10),
        connect: Duration = .seconds(3)
    ) {
        self.interByte = interByte
        self.acknowledgement = acknowledgement
        self.repeats = repeats
        self.reply = reply
        self.customer = customer
        self.completion = completion
        self.connect = connect
    }
}
