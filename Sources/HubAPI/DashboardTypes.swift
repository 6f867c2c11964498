import Foundation

/// The staff dashboard's paths on the LAN listener. Each page has a JSON twin under `/api/`.
public enum DashboardRoute {
    public static let pair = "/pair"
    public static let login = "/login"
    public static let logout = "/logout"
    public static let style = "/style.css"
    public static let today = "/today"
    public static let stock = "/stock"
    public static let rides = "/rides"
    public static let signals = "/signals"
    /// The round on a tablet: the page, its script, the download and the sync.
    public static let round = "/round"
    public static let roundScript = "/round.js"
    public static let roundWorker = "/round-worker.js"
    public static let roundFetch = "/api/round"
    public static let roundSync = "/api/round/sync"
    public static let report = "/report"
    public static let reportCSV = "/report.csv"
    public static let deliveryChart = "/chart/deliveries.svg"
    public static let contactChart = "/chart/contact.svg"
    public static let devices = "/devices"
    public static let audit = "/audit"
    public static let resident = "/residents/{id}"
    public static let openAPI = "/api/openapi.json"

    /// The JSON twin of a page: "/today" → "/api/today".
    public static func api(_ page: String) -> String { "/api" + page }
}

/// The socket routes through which staff pair and unpair dashboard browsers at the kiosk.
public enum DashboardAdminRoute {
    public static let browsers = "/v1/dashboard/browsers"
    public static let approve = "/v1/dashboard/browsers/approve"
    public static func revoke(_ id: Int64) -> String { "/v1/dashboard/browsers/\(id)/revoke" }
}

/// `kiosk dashboard approve CODE`.
public struct BrowserApproveRequest: Codable, Sendable, Equatable {
    public var code: String

    public init(code: String) {
        self.code = code
    }
}

/// A browser paired with the hub, for `kiosk dashboard list`.
public struct PairedBrowser: Codable, Sendable, Equatable {
    public var id: Int64
    public var label: String
    public var requestedAt: Date
    public var approvedAt: Date?
    public var revokedAt: Date?

    public init(id: Int64, label: String, requestedAt: Date, approvedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.label = label
        self.requestedAt = requestedAt
        self.approvedAt = approvedAt
        self.revokedAt = revokedAt
    }
}

/// The Today page: what came in, what still needs a resident, what is on the round, and the
/// cold-chain parcels past their deadline.
public struct DashboardToday: Codable, Sendable, Equatable {
    public var day: LocalDay
    /// Parcels on today's list: received today, or still at the hub from earlier days.
    public var parcels: Int
    public var unassigned: [ParcelView]
    public var outForDelivery: [Stop]
    public var overdue: [ParcelView]

    public init(day: LocalDay, parcels: Int, unassigned: [ParcelView], outForDelivery: [Stop], overdue: [ParcelView]) {
        self.day = day
        self.parcels = parcels
        self.unassigned = unassigned
        self.outForDelivery = outForDelivery
        self.overdue = overdue
    }
}

/// The Stock page: every article's level, what to reorder, and loans due within two weeks.
public struct DashboardStock: Codable, Sendable, Equatable {
    public var levels: [ArticleView]
    public var reorder: [ReorderLine]
    public var loansDue: [LoanView]

    public init(levels: [ArticleView], reorder: [ReorderLine], loansDue: [LoanView]) {
        self.levels = levels
        self.reorder = reorder
        self.loansDue = loansDue
    }
}

/// The Rides page: rides still open and those waiting for staff review.
public struct DashboardRides: Codable, Sendable, Equatable {
    public var open: [ServiceUseView]
    public var reviews: [ServiceUseView]

    public init(open: [ServiceUseView], reviews: [ServiceUseView]) {
        self.open = open
        self.reviews = reviews
    }
}

/// The Report page: one period's figures and the twelve months of deliveries behind its chart.
public struct DashboardReport: Codable, Sendable, Equatable {
    public var report: PeriodReport
    public var series: DeliverySeries

    public init(report: PeriodReport, series: DeliverySeries) {
        self.report = report
        self.series = series
    }
}

/// The Audit page: the newest rows of the audit trail, and whether their links are intact.
public struct DashboardAudit: Codable, Sendable, Equatable {
    public var entries: [AuditEntry]
    public var chainIntact: Bool

    public init(entries: [AuditEntry], chainIntact: Bool) {
        self.entries = entries
        self.chainIntact = chainIntact
    }
}

/// The Signals page, for the weekly case meeting: signals not closed (due first), and residents
/// with deliveries but no contact at the door or visit in the last two weeks.
public struct DashboardSignals: Codable, Sendable, Equatable {
    public var open: [SignalView]
    public var quiet: [QuietResidentView]
    public var quietDays: Int

    public init(open: [SignalView], quiet: [QuietResidentView], quietDays: Int) {
        self.open = open
        self.quiet = quiet
        self.quietDays = quietDays
    }
}
