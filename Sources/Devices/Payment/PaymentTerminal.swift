/// A card terminal as the hub's payment core sees it, whatever protocol it speaks.
///
/// ZVT is the first adapter; O.P.I. (CCV) or CTEP would be one more conforming type, so the
/// core never learns a byte of any protocol. Every method may be called after a failure of
/// another: an adapter reconnects itself when the link is down.
public protocol PaymentTerminal: Sendable {
    /// Short protocol name for logs and `kiosk status` ("zvt").
    var protocolName: String { get }

    /// Connects (if needed) and registers with the terminal.
    func prepare() async throws(PaymentTerminalError)

    /// Runs one card payment. `events.journal` receives the terminal's result before the
    /// terminal is acknowledged; if it throws, the result is not acknowledged (the terminal
    /// then reverses an approval itself) and `authorize` throws. The returned result is the
    /// one that was journalled; receipt lines arrive through `events.receipt`.
    func authorize(_ request: PaymentRequest, events: PaymentTerminalEvents) async throws(PaymentTerminalError) -> TerminalResult

    /// Asks the terminal to stop the running payment. True when the terminal accepted (the
    /// running `authorize` then ends aborted); false when it refused, e.g. because the card
    /// issuer was already contacted.
    func abort() async throws(PaymentTerminalError) -> Bool

    /// The terminal's last booked transaction (ZVT: repeat receipt), nil when it has none.
    /// Recovery matches its receipt number and amount; it never repeats a payment.
    func lastTransaction() async throws(PaymentTerminalError) -> TerminalTransaction?

    /// Closes the terminal's day (ZVT: end-of-day) and returns its totals for reconciliation.
    func closeDay() async throws(PaymentTerminalError) -> TerminalTotals
}
