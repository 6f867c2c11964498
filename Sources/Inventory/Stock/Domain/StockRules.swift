/// The loan terms and reminder moments; the hub's config may override Vegro's defaults.
public struct StockRules: Sendable, Equatable, Codable {
    /// Weeks after issue at which a loan gets a reminder (the week before 13 and before 26).
    public var reminderWeeks: [Int]
    public var defaultLoanWeeks: Int
    public var maximumLoanWeeks: Int

    public init(reminderWeeks: [Int] = [12, 25], defaultLoanWeeks: Int = 13, maximumLoanWeeks: Int = 26) {
        self.reminderWeeks = reminderWeeks
        self.defaultLoanWeeks = defaultLoanWeeks
        self.maximumLoanWeeks = maximumLoanWeeks
    }
}
