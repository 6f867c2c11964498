/// Limits on card payments, from the `[payments]` table of the config.
public struct PaymentRules: Sendable, Equatable {
    /// A guard against a typo: own contributions and small grocery sums stay far below it.
    public var maxAmount: Cents

    public init(maxAmount: Cents = Cents(10_000)) {
        self.maxAmount = maxAmount
    }
}
