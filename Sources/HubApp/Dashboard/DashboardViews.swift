import Foundation
import HubAPI
import Inventory

/// What every page shares: its title, who is logged in, the form token and the navigation.
struct PageFrame {
    struct Link {
        var href: String
        var label: String
        var current: Bool
    }

    var title: String
    var staff: String?
    var csrf: String
    var hub: String
    var nav: [Link]

    static let pages: [(href: String, label: String)] = [
        (DashboardRoute.today, "Vandaag"), (DashboardRoute.stock, "Voorraad"), (DashboardRoute.rides, "Ritten"), (DashboardRoute.signals, "Signalen"),
        (DashboardRoute.round, "Ronde"),
        (DashboardRoute.report, "Rapport"), (DashboardRoute.devices, "Apparaten"), (DashboardRoute.audit, "Audit"),
    ]

    init(title: String, current: String? = nil, staff: String? = nil, csrf: String = "", hub: String) {
        self.title = title
        self.staff = staff
        self.csrf = csrf
        self.hub = hub
        nav = Self.pages.map { Link(href: $0.href, label: $0.label, current: $0.href == current) }
    }
}

/// A resident named on a page, linked to their timeline (whose every view is audited).
struct ResidentLink {
    var name: String
    var link: String

    init(id: Int64, name: String) {
        self.name = name
        link = "/residents/\(id)"
    }
}

struct TodayPage {
    struct Parcel {
        var barcode: String
        var supplier: String
        var received: String
        var deadline: String
        var flags: String
        var resident: ResidentLink?
    }

    struct StopRow {
        var address: String
        var residents: [ResidentLink]
        var parcels: [Parcel]
    }

    var frame: PageFrame
    var parcels: Int
    var unassigned: [Parcel]
    var unassignedCount: Int
    var stops: [StopRow]
    var stopCount: Int
    var overdue: [Parcel]
    var overdueCount: Int
    var hasOverdue: Bool

    init(_ today: DashboardToday, frame: PageFrame, calendar: HubCalendar) {
        let row = { (parcel: HubAPI.ParcelView) in
            Parcel(
                barcode: parcel.barcode, supplier: parcel.supplierName, received: calendar.clockTime(parcel.receivedAt),
                deadline: parcel.deadlineAt.map(calendar.clockTime) ?? "", flags: Self.flags(parcel),
                resident: parcel.resident.map { ResidentLink(id: $0.id, name: $0.name) }
            )
        }
        self.frame = frame
        parcels = today.parcels
        unassigned = today.unassigned.map(row)
        unassignedCount = unassigned.count
        stops = today.outForDelivery.map { stop in
            let residents = stop.parcels.compactMap { $0.resident }.reduce(into: [HubAPI.ParcelView.ResidentRef]()) { seen, resident in
                if !seen.contains(where: { $0.id == resident.id }) { seen.append(resident) }
            }
            return StopRow(
                address: "\(stop.address.street) \(stop.address.houseNumber), \(stop.address.town)",
                residents: residents.map { ResidentLink(id: $0.id, name: $0.name) }, parcels: stop.parcels.map(row)
            )
        }
        stopCount = stops.count
        overdue = today.overdue.map(row)
        overdueCount = overdue.count
        hasOverdue = !overdue.isEmpty
    }

    static func flags(_ parcel: HubAPI.ParcelView) -> String {
        [parcel.medication ? "medicatie" : nil, parcel.coldChain ? "koeling" : nil].compactMap { $0 }.joined(separator: ", ")
    }
}

struct StockPage {
    struct Level {
        var number: String
        var name: String
        var kind: String
        var inStock: Int
        var minimum: Int
        var low: Bool
    }

    struct Reorder {
        var number: String
        var name: String
        var inStock: Int
        var minimum: Int
        var quantity: Int
    }

    struct LoanRow {
        var article: String
        var resident: String
        var due: String
        var overdue: Bool
    }

    var frame: PageFrame
    var levels: [Level]
    var reorder: [Reorder]
    var loans: [LoanRow]

    init(_ stock: DashboardStock, frame: PageFrame) {
        self.frame = frame
        levels = stock.levels.map {
            Level(
                number: $0.article.number, name: $0.article.name, kind: $0.article.kind == .loan ? "uitleen" : "verbruik",
                inStock: $0.inStock, minimum: $0.article.minimumLevel, low: $0.inStock < $0.article.minimumLevel
            )
        }
        reorder = stock.reorder.map {
            Reorder(number: $0.articleNumber, name: $0.articleName, inStock: $0.inStock, minimum: $0.minimumLevel, quantity: $0.quantity)
        }
        loans = stock.loansDue.map {
            LoanRow(article: "\($0.articleNumber) \($0.articleName)", resident: $0.residentName ?? "—", due: $0.loan.dueOn.text, overdue: $0.overdue)
        }
    }
}

struct RidesPage {
    struct Row {
        var since: String
        var service: String
        var resident: String
        var link: String
        var price: String
    }

    var frame: PageFrame
    var open: [Row]
    var reviews: [Row]

    init(_ rides: DashboardRides, frame: PageFrame, calendar: HubCalendar) {
        let row = { (view: HubAPI.ServiceUseView) in
            Row(
                since: calendar.dayAndTime(view.use.startedAt), service: view.serviceName, resident: view.residentName,
                link: "/residents/\(view.use.residentId)", price: Cents(view.use.priceCents).formatted(.nl)
            )
        }
        self.frame = frame
        open = rides.open.map(row)
        reviews = rides.reviews.map(row)
    }
}

/// The case meeting's page: Dutch words for the signal's fields, the follow-up day or a dash.
struct SignalsPage {
    struct Signal {
        var followUp: String
        var resident: String
        var category: String
        var text: String
        var owner: String
        var status: String
        var due: Bool
    }

    struct Quiet {
        var name: String
        var deliveries: Int
        var letterbox: Int
        var lastContact: String
    }

    var frame: PageFrame
    var open: [Signal]
    var quiet: [Quiet]
    var quietDays: Int

    init(_ signals: DashboardSignals, frame: PageFrame) {
        self.frame = frame
        open = signals.open.map { view in
            Signal(
                followUp: view.followUpOn ?? "–", resident: view.residentName, category: Self.words[view.category] ?? view.category,
                text: view.text, owner: Self.words[view.owner] ?? view.owner, status: Self.words[view.status] ?? view.status, due: view.due
            )
        }
        quiet = signals.quiet.map { Quiet(name: $0.name, deliveries: $0.deliveries, letterbox: $0.letterbox, lastContact: $0.lastContactOn ?? "nooit") }
        quietDays = signals.quietDays
    }

    static let words = [
        "medication": "medicatie", "falls-mobility": "vallen of mobiliteit", "nutrition": "voeding", "hygiene-home": "hygiëne of woning",
        "loneliness": "eenzaamheid", "finances-post": "financiën of post", "carer-strain": "overbelaste mantelzorger", "other": "anders",
        "concierge": "conciërge", "social-team": "sociaal team", "gp": "huisarts", "pharmacy": "apotheek", "carer": "mantelzorger",
        "open": "open", "in-progress": "in behandeling", "handed-over": "overgedragen", "closed": "gesloten",
    ]
}
