extension PeriodReport {
    /// The month's own contributions for one payment method.
    public struct PaymentLine: Sendable, Codable, Equatable {
        public var payment: PaymentMethod
        public var count: Int
        public var cents: Int

        public init(payment: PaymentMethod, count: Int, cents: Int) {
            self.payment = payment
            self.count = count
            self.cents = cents
        }
    }
}
