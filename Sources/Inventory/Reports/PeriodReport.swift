import Foundation

/// The coordinator's figures for any period, the ones kept in Excel until now. Each figure's
/// definition is in the README ("What the report counts"). Each section is its own nested type,
/// so a later section is one more property, not a rewrite.
public struct PeriodReport: Sendable, Codable, Equatable {
    /// "2026-11", "2026-Q4", "2026" or "2026-10-05..2026-11-01".
    public var period: String
    public var firstDay: LocalDay
    /// The last day included.
    public var lastDay: LocalDay
    /// Only services used in the period, ordered ride, chore, activity, then by name.
    public var services: [ServiceLine]
    public var rides: Int
    public var chores: Int
    public var activities: Int
    /// Distinct residents with any service use in the period.
    public var uniqueResidents: Int
    /// One line per payment method used, in `PaymentMethod` order.
    public var contributions: [PaymentLine]
    /// Rides the hub closed at day end because nobody checked out.
    public var autoClosedRides: Int
    public var deliveries: Deliveries
    /// Vegro aids received, issued, returned and written off per article.
    public var aids: [StockMonthFigures.Line]
    public var van: VanEstimate
    /// Contact moments, minutes, visits and signals (issue 18); nil in a month closed before.
    public var contact: ContactFigures?
    /// Set for a closed month: these are the figures stored when it was closed.
    public var closedAt: Date?

    public init(
        period: String, firstDay: LocalDay, lastDay: LocalDay, services: [ServiceLine], rides: Int, chores: Int, activities: Int,
        uniqueResidents: Int, contributions: [PaymentLine], autoClosedRides: Int, deliveries: Deliveries,
        aids: [StockMonthFigures.Line], van: VanEstimate, contact: ContactFigures? = nil, closedAt: Date? = nil
    ) {
        self.contact = contact
        self.closedAt = closedAt
        self.period = period
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.services = services
        self.rides = rides
        self.chores = chores
        self.activities = activities
        self.uniqueResidents = uniqueResidents
        self.contributions = contributions
        self.autoClosedRides = autoClosedRides
        self.deliveries = deliveries
        self.aids = aids
        self.van = van
    }
}

extension PeriodReport {
    /// Van kilometres and CO₂ the hub's Vegro stock saved, as the evaluation estimates them: one
    /// round trip per day on which Vegro goods reached or left a resident. An upper bound: the
    /// van might have combined some of those trips.
    public struct VanEstimate: Sendable, Codable, Equatable {
        public var vegroDays: Int
        public var kilometresPerDay: Int
        public var gramsCO2PerKilometre: Int
        public var kilometres: Int
        /// Rounded to whole kilograms, half up.
        public var kilogramsCO2: Int

        public init(vegroDays: Int, kilometresPerDay: Int, gramsCO2PerKilometre: Int) {
            self.vegroDays = vegroDays
            self.kilometresPerDay = kilometresPerDay
            self.gramsCO2PerKilometre = gramsCO2PerKilometre
            kilometres = vegroDays * kilometresPerDay
            kilogramsCO2 = (kilometres * gramsCO2PerKilometre + 500) / 1000
        }

        /// Printed beside the figures.
        public var formula: String {
            "\(vegroDays) days × \(kilometresPerDay) km = \(kilometres) km; × \(gramsCO2PerKilometre) g/km = \(kilogramsCO2) kg CO₂ (upper bound)"
        }
    }

    /// The two factors, from `[reports]` in hubd.toml; the evaluation's by default.
    public struct VanFactors: Sendable, Equatable {
        public var kilometresPerDay: Int
        public var gramsCO2PerKilometre: Int
        /// The supplier whose parcels count as Vegro deliveries.
        public var vegroSupplier: String

        public init(kilometresPerDay: Int = 100, gramsCO2PerKilometre: Int = 366, vegroSupplier: String = "vegro") {
            self.kilometresPerDay = kilometresPerDay
            self.gramsCO2PerKilometre = gramsCO2PerKilometre
            self.vegroSupplier = vegroSupplier
        }
    }
}
