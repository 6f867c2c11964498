import Inventory

/// How the stock desk understood one scan, before any article is looked up.
public enum StockScanReading: Sendable, Equatable {
    case article(StockLabel)
    /// A number that claims to be a GTIN but whose check digit is wrong: a misread.
    case badCheckDigit(String)
    /// A supplier's parcel label or an SSCC: it belongs at intake, not in stock.
    case parcel(String)
    /// Anything else (an internal code, a QR link): nothing the desk can book.
    case notAnArticle(String)
}
