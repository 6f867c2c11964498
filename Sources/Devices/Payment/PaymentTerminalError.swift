/// Why a terminal operation did not finish; the message is for staff and the journal and
/// says what to do next.
public struct PaymentTerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case notConnected
            case linkLost
            case busy
            case refused
            case timeout
            case protocolViolation
        }

        let base: Base
        public var description: String { base.rawValue }

        /// The terminal could not be reached at all; nothing was sent.
        public static let notConnected = Code(base: .notConnected)
        /// The link failed after the command went out: the outcome is unknown to this side.
        public static let linkLost = Code(base: .linkLost)
        /// The terminal refused to start (ZVT 84 9C or 84 83); nothing was charged.
        public static let busy = Code(base: .busy)
        /// The terminal refused a command outright (a negative reply); nothing was charged.
        public static let refused = Code(base: .refused)
        /// No answer in time after the command went out: the outcome is unknown.
        public static let timeout = Code(base: .timeout)
        /// The terminal sent something this adapter cannot follow.
        public static let protocolViolation = Code(base: .protocolViolation)
    }

    public var code: Code
    public var message: String
    /// True when the terminal may have charged: the core must then recover, never retry.
    public var outcomeUnknown: Bool

    public init(_ code: Code, _ message: String, outcomeUnknown: Bool) {
        self.code = code
        self.message = message
        self.outcomeUnknown = outcomeUnknown
    }

    public var description: String { message }
}
