/// How to reach a payment terminal and how patient to be with it, from its `[[devices]]` table.
/// Timeouts are nil for the protocol's own defaults (ZVT: T2 5 s); tests shorten them.
public struct TerminalSettings: Sendable, Codable, Equatable {
    /// TCP host and port when the terminal is on USB networking; nil for a serial `path`.
    public var host: String?
    public var port: UInt16?
    public var password: String
    public var acknowledgementTimeout: Duration?
    public var replyTimeout: Duration?
    public var completionTimeout: Duration?
    public var customerTimeout: Duration?

    public init(
        host: String? = nil, port: UInt16? = nil, password: String = "000000", acknowledgementTimeout: Duration? = nil,
        replyTimeout: Duration? = nil, completionTimeout: Duration? = nil, customerTimeout: Duration? = nil
    ) {
        self.host = host
        self.port = port
        self.password = password
        self.acknowledgementTimeout = acknowledgementTimeout
        self.replyTimeout = replyTimeout
        self.completionTimeout = completionTimeout
        self.customerTimeout = customerTimeout
    }

    /// "127.0.0.1:20007" or the serial path, for `kiosk status`.
    public var tcpAddress: String? {
        guard let host, let port else { return nil }
        return "\(host):\(port)"
    }
}
