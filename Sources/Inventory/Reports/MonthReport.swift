/// The coordinator's month figures, the ones kept in Excel until now. Each section is its own
/// nested type, so a later section (aids, van kilometres) is one more property, not a rewrite.
public struct MonthReport: Sendable, Codable, Equatable {
    /// "YYYY-MM".
    public var month: String
    /// Only services used that month, ordered ride, chore, activity, then by name.
    public var services: [ServiceLine]
    public var rides: Int
    public var chores: Int
    public var activities: Int
    /// Distinct residents with any service use in the month.
    public var uniqueResidents: Int
    /// One line per payment method used, in `PaymentMethod` order.
    public var contributions: [PaymentLine]
    /// Rides the hub closed at day end because nobody checked out.
    public var autoClosedRides: Int
    public var parcels: Parcels
    /// Vegro aids received, issued, returned and written off per article, and the days with
    /// stock movements (each one a van trip saved).
    public var aids: StockMonthFigures

    public init(
        month: String, services: [ServiceLine], rides: Int, chores: Int, activities: Int, uniqueResidents: Int,
        contributions: [PaymentLine], autoClosedRides: Int, parcels: Parcels, aids: StockMonthFigures
    ) {
        self.month = month
        self.services = services
        self.rides = rides
        self.chores = chores
        self.activities = activities
        self.uniqueResidents = uniqueResidents
        self.contributions = contributions
        self.autoClosedRides = autoClosedRides
        self.parcels = parcels
        self.aids = aids
    }
}
