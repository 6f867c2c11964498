/// An order slip with what goes to the van driver (text) and to Vegro's systems (CSV).
public struct StockOrderSlipResponse: Codable, Sendable {
    public var slip: OrderSlipView
    public var text: String
    public var csv: String

    public init(slip: OrderSlipView, text: String, csv: String) {
        self.slip = slip
        self.text = text
        self.csv = csv
    }
}

/// Vegro's monthly statement as CSV text.
public struct StockStatementResponse: Codable, Sendable {
    public var month: String
    public var csv: String

    public init(month: String, csv: String) {
        self.month = month
        self.csv = csv
    }
}

/// The stock side of `kiosk status`: today's loan reminders and whether a batch is open.
public struct StockStatus: Codable, Sendable {
    /// Loans reaching a reminder week (12 or 25) today: call the resident or Vegro.
    public var reminders: [LoanReminder]
    public var overdueLoans: Int
    public var belowMinimum: Int
    /// "issue, 3 lines, Anna" while a batch is open at the desk.
    public var openBatch: String?

    public init(reminders: [LoanReminder], overdueLoans: Int, belowMinimum: Int, openBatch: String?) {
        self.reminders = reminders
        self.overdueLoans = overdueLoans
        self.belowMinimum = belowMinimum
        self.openBatch = openBatch
    }
}
