/// One scan (or a counted line) at the stock desk. The GS1 parsing happens in the caller:
/// GTIN, serial, batch and expiry arrive here already split.
public struct StockLine: Sendable, Equatable, Codable {
    public var gtin: String?
    public var articleId: Int64?
    public var serial: String?
    public var batch: String?
    public var expiry: LocalDay?
    public var quantity: Int

    public init(gtin: String? = nil, articleId: Int64? = nil, serial: String? = nil, batch: String? = nil, expiry: LocalDay? = nil, quantity: Int = 1) {
        self.gtin = gtin
        self.articleId = articleId
        self.serial = serial
        self.batch = batch
        self.expiry = expiry
        self.quantity = quantity
    }
}

/// What a batch of scans does to the stock.
public enum StockMode: Sendable, Equatable, Codable {
    case receive
    /// `parcelId` set: the aid goes out on a round; `nil`: handed over at the desk.
    case issue(residentId: Int64, parcelId: Int64?)
    /// A resident (or the round) brings it back.
    case `return`
    case cleaned(inspector: String)
    case sendBack
    case writeOff(reason: String)

    public var movementKind: MovementKind {
        switch self {
        case .receive: .received
        case .issue: .issued
        case .return: .returned
        case .cleaned: .cleaned
        case .sendBack: .sentBack
        case .writeOff: .writtenOff
        }
    }
}

/// A batch is booked all or nothing, in one transaction with one audit row.
public struct StockBatch: Sendable, Equatable, Codable {
    public var mode: StockMode
    public var lines: [StockLine]

    public init(mode: StockMode, lines: [StockLine]) {
        self.mode = mode
        self.lines = lines
    }
}

/// What a booking wrote, and what staff should look at (an expiry date already past).
public struct StockBookingResult: Sendable, Equatable, Codable {
    public var movements: [StockMovement]
    public var loans: [Loan]
    public var warnings: [LocalizedText]
    /// The order slip this receipt was booked against, if one was waiting.
    public var orderSlipId: Int64?

    public init(movements: [StockMovement], loans: [Loan], warnings: [LocalizedText], orderSlipId: Int64?) {
        self.movements = movements
        self.loans = loans
        self.warnings = warnings
        self.orderSlipId = orderSlipId
    }
}
