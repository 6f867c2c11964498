import Inventory

/// What confirming the desk's batch booked: the batch as it was, and what the ledger wrote.
public struct StockDeskReceipt: Sendable, Equatable, Codable {
    public var batch: StockDeskView
    public var movements: Int
    public var loans: [Loan]
    public var warnings: [LocalizedText]
    /// The order slip a receipt was booked against, if one was waiting.
    public var orderSlipId: Int64?

    public init(batch: StockDeskView, movements: Int, loans: [Loan], warnings: [LocalizedText], orderSlipId: Int64?) {
        self.batch = batch
        self.movements = movements
        self.loans = loans
        self.warnings = warnings
        self.orderSlipId = orderSlipId
    }
}
