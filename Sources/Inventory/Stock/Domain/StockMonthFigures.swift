/// The month's stock figures for the coordinator's report.
public struct StockMonthFigures: Sendable, Equatable, Codable {
    public struct Line: Sendable, Equatable, Codable {
        public var articleId: Int64
        public var articleNumber: String
        public var articleName: String
        public var received: Int
        public var issued: Int
        public var returned: Int
        public var writtenOff: Int

        public init(articleId: Int64, articleNumber: String, articleName: String, received: Int, issued: Int, returned: Int, writtenOff: Int) {
            self.articleId = articleId
            self.articleNumber = articleNumber
            self.articleName = articleName
            self.received = received
            self.issued = issued
            self.returned = returned
            self.writtenOff = writtenOff
        }
    }

    /// The domain's estimate: each day with stock movements saves one van round trip.
    public static let kilometresPerDay = 100
    public static let gramsCO2PerKilometre = 366

    public var month: YearMonth
    public var lines: [Line]
    public var daysWithMovements: Int

    public init(month: YearMonth, lines: [Line], daysWithMovements: Int) {
        self.month = month
        self.lines = lines
        self.daysWithMovements = daysWithMovements
    }

    public var vanKilometresSaved: Int { daysWithMovements * Self.kilometresPerDay }
    public var kilogramsCO2Saved: Double { Double(vanKilometresSaved * Self.gramsCO2PerKilometre) / 1000 }
}
