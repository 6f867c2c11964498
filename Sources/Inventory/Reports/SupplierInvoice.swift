import Foundation

/// What a supplier owes the hub for a month: one line per delivered parcel, with the postcode
/// and nothing else about the resident, and a total in exact cents.
public struct SupplierInvoice: Sendable, Codable, Equatable {
    public struct Line: Sendable, Codable, Equatable {
        public var day: LocalDay
        public var barcode: String
        public var outcome: DeliveryOutcome
        /// Empty once the parcel's link to its resident has expired (`[retention] parcel_days`).
        public var postcode: String
    }

    public var supplierId: String
    public var supplierName: String
    public var month: String
    public var rateCents: Int
    public var lines: [Line]
    public var totalCents: Int
    /// When the month was closed; a closed month's invoice is the one stored then.
    public var closedAt: Date?
}
