import Foundation

/// The coordinator's figures for any period (month, quarter, year or a range of days). The
/// definition of each figure is in the README ("What the report counts").
public struct PeriodReport: Codable, Sendable, Equatable {
    /// "2026-11", "2026-Q4", "2026" or "2026-10-05..2026-11-01".
    public var period: String
    public var firstDay: String
    public var lastDay: String
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
    /// Set for a closed month: the figures stored when it was closed.
    public var closedAt: Date?

    public init(
        period: String, firstDay: String, lastDay: String, services: [ServiceLine], rides: Int, chores: Int, activities: Int,
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
    /// One service's use in the period.
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

    /// The period's own contributions for one payment method.
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

    /// Parcels with a final outcome in the period.
    public struct Deliveries: Codable, Sendable, Equatable {
        public var perSupplier: [SupplierLine]
        public var contact: Int
        public var letterbox: Int
        public var neighbour: Int
        public var returned: Int
        public var notHomeRetries: Int
        /// contact / (contact + letterbox + neighbour) in tenths of a percent; nil without deliveries.
        public var contactSharePermille: Int?
        public var uniqueAddresses: Int
        public var uniqueResidents: Int
        public var overdueColdChain: Int
        public var stops: Int
        public var bundledStops: Int

        public init(
            perSupplier: [SupplierLine], contact: Int, letterbox: Int, neighbour: Int, returned: Int, notHomeRetries: Int,
            contactSharePermille: Int?, uniqueAddresses: Int, uniqueResidents: Int, overdueColdChain: Int, stops: Int, bundledStops: Int
        ) {
            self.perSupplier = perSupplier
            self.contact = contact
            self.letterbox = letterbox
            self.neighbour = neighbour
            self.returned = returned
            self.notHomeRetries = notHomeRetries
            self.contactSharePermille = contactSharePermille
            self.uniqueAddresses = uniqueAddresses
            self.uniqueResidents = uniqueResidents
            self.overdueColdChain = overdueColdChain
            self.stops = stops
            self.bundledStops = bundledStops
        }

        public var delivered: Int { contact + letterbox + neighbour }

        public struct SupplierLine: Codable, Sendable, Equatable {
            public var supplierId: String
            public var contact: Int
            public var letterbox: Int
            public var neighbour: Int
            public var returned: Int

            public init(supplierId: String, contact: Int, letterbox: Int, neighbour: Int, returned: Int) {
                self.supplierId = supplierId
                self.contact = contact
                self.letterbox = letterbox
                self.neighbour = neighbour
                self.returned = returned
            }

            public var delivered: Int { contact + letterbox + neighbour }
        }
    }

    /// Van kilometres and CO₂ saved: an upper bound, with its formula.
    public struct VanEstimate: Codable, Sendable, Equatable {
        public var vegroDays: Int
        public var kilometresPerDay: Int
        public var gramsCo2PerKilometre: Int
        public var kilometres: Int
        public var kilogramsCo2: Int
        public var formula: String

        public init(vegroDays: Int, kilometresPerDay: Int, gramsCo2PerKilometre: Int, kilometres: Int, kilogramsCo2: Int, formula: String) {
            self.vegroDays = vegroDays
            self.kilometresPerDay = kilometresPerDay
            self.gramsCo2PerKilometre = gramsCo2PerKilometre
            self.kilometres = kilometres
            self.kilogramsCo2 = kilogramsCo2
            self.formula = formula
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

/// `kiosk invoice supplier SUPPLIER YYYY-MM`: one line per delivered parcel, postcode only.
public struct SupplierInvoice: Codable, Sendable, Equatable {
    public struct Line: Codable, Sendable, Equatable {
        public var day: String
        public var barcode: String
        public var outcome: String
        public var postcode: String

        public init(day: String, barcode: String, outcome: String, postcode: String) {
            self.day = day
            self.barcode = barcode
            self.outcome = outcome
            self.postcode = postcode
        }
    }

    public var supplierId: String
    public var supplierName: String
    public var month: String
    public var rateCents: Int
    public var lines: [Line]
    public var totalCents: Int
    public var closedAt: Date?

    public init(supplierId: String, supplierName: String, month: String, rateCents: Int, lines: [Line], totalCents: Int, closedAt: Date?) {
        self.supplierId = supplierId
        self.supplierName = supplierName
        self.month = month
        self.rateCents = rateCents
        self.lines = lines
        self.totalCents = totalCents
        self.closedAt = closedAt
    }
}

/// `kiosk invoice residents YYYY-MM`: one resident's month of `invoice` contributions.
public struct ResidentStatement: Codable, Sendable, Equatable {
    public struct Line: Codable, Sendable, Equatable {
        public var day: String
        public var service: String
        public var kind: ServiceKind
        public var priceCents: Int

        public init(day: String, service: String, kind: ServiceKind, priceCents: Int) {
            self.day = day
            self.service = service
            self.kind = kind
            self.priceCents = priceCents
        }
    }

    public var residentId: Int64
    public var reference: String?
    public var name: String
    public var address: Address
    public var month: String
    public var lines: [Line]
    public var totalCents: Int

    public init(residentId: Int64, reference: String?, name: String, address: Address, month: String, lines: [Line], totalCents: Int) {
        self.residentId = residentId
        self.reference = reference
        self.name = name
        self.address = address
        self.month = month
        self.lines = lines
        self.totalCents = totalCents
    }
}

/// `kiosk report chart`: deliveries per month and supplier, and the contact share per month.
public struct DeliverySeries: Codable, Sendable, Equatable {
    public struct Month: Codable, Sendable, Equatable {
        public var month: String
        public var perSupplier: [String: Int]
        public var contact: Int
        public var delivered: Int

        public init(month: String, perSupplier: [String: Int], contact: Int, delivered: Int) {
            self.month = month
            self.perSupplier = perSupplier
            self.contact = contact
            self.delivered = delivered
        }
    }

    public var months: [Month]
    public var suppliers: [String]

    public init(months: [Month], suppliers: [String]) {
        self.months = months
        self.suppliers = suppliers
    }
}

/// A supplier's rate per delivered parcel and where it comes from: "config", "command" (`kiosk
/// invoice rate`), "central" (central's reference data), or "none". A command or central,
/// whichever set it last, overrides the config.
public struct SupplierRate: Codable, Sendable, Equatable {
    public var supplierId: String
    public var supplierName: String
    public var rateCents: Int?
    public var source: String
    public var setAt: Date?
    public var setBy: String?

    public init(supplierId: String, supplierName: String, rateCents: Int?, source: String, setAt: Date?, setBy: String?) {
        self.supplierId = supplierId
        self.supplierName = supplierName
        self.rateCents = rateCents
        self.source = source
        self.setAt = setAt
        self.setBy = setBy
    }
}

/// `kiosk invoice rate SUPPLIER AMOUNT`: the amount as written, e.g. "2,50".
public struct SupplierRateRequest: Codable, Sendable, Equatable {
    public var supplier: String
    public var rate: String

    public init(supplier: String, rate: String) {
        self.supplier = supplier
        self.rate = rate
    }
}

extension PeriodReport {
    /// The contact moment in figures, anonymous (issue 18, point 6).
    public struct ContactFigures: Codable, Sendable, Equatable {
        public struct SignalLine: Codable, Sendable, Equatable {
            public var category: String
            public var opened: Int
            public var handedOver: Int
            public var closed: Int

            public init(category: String, opened: Int, handedOver: Int, closed: Int) {
                self.category = category
                self.opened = opened
                self.handedOver = handedOver
                self.closed = closed
            }
        }

        /// Days a resident was spoken to at the door or visited.
        public var contactMoments: Int
        public var residentsSeen: Int
        public var momentsPerResidentPerWeekHundredths: Int?
        public var averageContactMinutesTenths: Int?
        public var visitsWithoutDelivery: Int
        public var signals: [SignalLine]

        public init(
            contactMoments: Int, residentsSeen: Int, momentsPerResidentPerWeekHundredths: Int?, averageContactMinutesTenths: Int?,
            visitsWithoutDelivery: Int, signals: [SignalLine]
        ) {
            self.contactMoments = contactMoments
            self.residentsSeen = residentsSeen
            self.momentsPerResidentPerWeekHundredths = momentsPerResidentPerWeekHundredths
            self.averageContactMinutesTenths = averageContactMinutesTenths
            self.visitsWithoutDelivery = visitsWithoutDelivery
            self.signals = signals
        }
    }
}
