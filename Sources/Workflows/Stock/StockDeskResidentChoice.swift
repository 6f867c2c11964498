/// How staff name the resident an issue batch is for.
public enum StockDeskResidentChoice: Sendable, Equatable {
    case none
    /// A reference or number, as `kiosk residents list` shows it.
    case reference(String)
    /// The next pass tap on any pass reader.
    case tap
}
