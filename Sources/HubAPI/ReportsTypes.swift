import Foundation

/// The coordinator's month figures, the ones kept in Excel until now. Each section is its own
/// nested type, so a later section (aids, van kilometres) is one more property, not a rewrite.
public struct MonthReport: Codable, Sendable, Equatable {
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

extension MonthReport {
    /// One service's use in the month.
    public struct ServiceLine: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var kind: ServiceKind
        public var uses: Int
        public var uniqueResidents: Int
        /// The own contributions charged, whatever the payment method.
        public var contributionCents: Int

        public init(
            code: String, name: String, kind: ServiceKind, uses: Int, uniqueResidents: Int, contributionCents: Int
        ) {
            self.code = code
            self.name = name
            self.kind = kind
            self.uses = uses
            self.uniqueResidents = uniqueResidents
            self.contributionCents = contributionCents
        }
    }
}

extension MonthReport {
    /// The month's own contributions for one payment method.
    public struct PaymentLine: Codable, Sendable, Equatable {
        public var payment: PaymentMethod
        public var count: Int
        public var cents: Int

        public init(payment: PaymentMethod, count: Int, cents: Int) {
            self.payment = payment
            self.count = count
            self.cents = cents
        }
    }
}

extension MonthReport {
    /// Deliveries per supplier are the basis for invoicing suppliers; contact versus letterbox
    /// is the share the hub reports on.
    public struct Parcels: Codable, Sendable, Equatable {
        /// Parcels received in the month, per supplier id, ordered by supplier id.
        public var perSupplier: [SupplierCount]
        /// Delivery attempts recorded in the month, by outcome.
        public var contact: Int
        public var letterbox: Int
        public var neighbour: Int
        public var notHome: Int
        public var returned: Int
        /// Distinct street, house number and postcode of residents with a parcel received in the month.
        public var uniqueAddresses: Int

        public init(
            perSupplier: [SupplierCount], contact: Int, letterbox: Int, neighbour: Int, notHome: Int, returned: Int,
            uniqueAddresses: Int
        ) {
            self.perSupplier = perSupplier
            self.contact = contact
            self.letterbox = letterbox
            self.neighbour = neighbour
            self.notHome = notHome
            self.returned = returned
            self.uniqueAddresses = uniqueAddresses
        }
    }
}

extension MonthReport.Parcels {
    public struct SupplierCount: Codable, Sendable, Equatable {
        public var supplierId: String
        public var count: Int

        public init(supplierId: String, count: Int) {
            self.supplierId = supplierId
            self.count = count
        }
    }
}

/// The month's stock figures for the coordinator's report.
public struct StockMonthFigures: Codable, Sendable, Equatable {
    /// "2026-11".
    public var month: String
    public var lines: [Line]
    public var daysWithMovements: Int
    /// hubd's estimates from the days with movements, so the kiosk never repeats the formula.
    public var vanKilometresSaved: Int
    /// "Co2", not "CO2": the snake_case key `kilograms_co2_saved` must read back to this name.
    public var kilogramsCo2Saved: Double

    public init(month: String, lines: [Line], daysWithMovements: Int, vanKilometresSaved: Int, kilogramsCo2Saved: Double) {
        self.month = month
        self.lines = lines
        self.daysWithMovements = daysWithMovements
        self.vanKilometresSaved = vanKilometresSaved
        self.kilogramsCo2Saved = kilogramsCo2Saved
    }
}

extension StockMonthFigures {
    public struct Line: Codable, Sendable, Equatable {
        public var articleId: Int64
        public var articleNumber: String
        public var articleName: String
        public var received: Int
        public var issued: Int
        public var returned: Int
        public var writtenOff: Int

        public init(
            articleId: Int64, articleNumber: String, articleName: String, received: Int, issued: Int, returned: Int,
            writtenOff: Int
        ) {
            self.articleId = articleId
            self.articleNumber = articleNumber
            self.articleName = articleName
            self.received = received
            self.issued = issued
            self.returned = returned
            self.writtenOff = writtenOff
        }
    }
}
