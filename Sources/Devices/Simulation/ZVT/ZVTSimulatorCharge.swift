/// One approval the simulated terminal booked or reversed, for tests to compare with the hub's
/// journal.
public struct ZVTSimulatorCharge: Sendable, Equatable, Hashable {
    public var receiptNumber: Int
    public var amountCents: Int64
    public var trace: Int

    public init(receiptNumber: Int, amountCents: Int64, trace: Int) {
        self.receiptNumber = receiptNumber
        self.amountCents = amountCents
        self.trace = trace
    }
}
