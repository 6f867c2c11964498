/// What came back after the terminal sent a message that expects the ECR's 80 00 00.
enum ZVTSimulatorReply: Sendable, Equatable {
    case acknowledged
    /// Nothing within `replyTimeout`.
    case missing
    /// Another APDU came first; the caller decides whether it is a new command.
    case instead(ZVTAPDU)
}
