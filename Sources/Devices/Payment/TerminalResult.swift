/// How a terminal ended a payment.
public enum TerminalResult: Sendable, Equatable, Hashable {
    case approved(TerminalTransaction)
    /// The card or bank said no; `code` is the terminal's result code, `reason` its words.
    case declined(code: Int, reason: String)
    /// Cancelled on the terminal, timed out, or aborted by the hub: nothing was charged.
    case aborted(code: Int, reason: String)
}
