import Foundation
import HubAPI
import Inventory

/// A labelled figure in a two-column table.
struct Figure {
    var label: String
    var value: String
}

struct ReportPage {
    struct SupplierRow {
        var name: String
        var delivered: Int
        var contact: Int
        var letterbox: Int
        var neighbour: Int
    }

    var frame: PageFrame
    var period: String
    var firstDay: String
    var lastDay: String
    var closed: Bool
    var month: String
    var query: String
    var figures: [Figure]
    var suppliers: [SupplierRow]
    var van: String

    init(_ data: DashboardReport, frame: PageFrame, query: String, month: String) {
        let report = data.report
        let deliveries = report.deliveries
        self.frame = frame
        period = report.period
        firstDay = report.firstDay
        lastDay = report.lastDay
        closed = report.closedAt != nil
        self.month = month
        self.query = query
        figures = Self.figures(report)
        suppliers = deliveries.perSupplier.map {
            SupplierRow(name: $0.supplierId, delivered: $0.delivered, contact: $0.contact, letterbox: $0.letterbox, neighbour: $0.neighbour)
        }
        van = "Bovengrens bestelbus: \(report.van.kilometres) km, \(report.van.kilogramsCo2) kg CO₂ (\(report.van.formula))"
    }

    static func figures(_ report: HubAPI.PeriodReport) -> [Figure] {
        let d = report.deliveries
        let share = d.contactSharePermille.map { String(format: "%.1f %%", Double($0) / 10).replacingOccurrences(of: ".", with: ",") } ?? "—"
        return [
            Figure(label: "Afgeleverd", value: "\(d.delivered)"),
            Figure(label: "Contactaandeel", value: share),
            Figure(label: "Niet thuis, opnieuw", value: "\(d.notHomeRetries)"),
            Figure(label: "Unieke adressen", value: "\(d.uniqueAddresses)"),
            Figure(label: "Unieke bewoners (leveringen)", value: "\(d.uniqueResidents)"),
            Figure(label: "Koelketen te laat", value: "\(d.overdueColdChain)"),
            Figure(label: "Gebundelde stops", value: "\(d.bundledStops) van \(d.stops)"),
            Figure(label: "Ritten", value: "\(report.rides)"),
            Figure(label: "Klussen", value: "\(report.chores)"),
            Figure(label: "Activiteiten", value: "\(report.activities)"),
            Figure(label: "Unieke bewoners (diensten)", value: "\(report.uniqueResidents)"),
            Figure(label: "Eigen bijdragen", value: Cents(report.contributions.reduce(0) { $0 + $1.cents }).formatted(.nl)),
        ]
    }
}

struct DevicesPage {
    struct Row {
        var name: String
        var state: String
        var reason: String
        var delivered: Int
        var dropped: Int
        var problem: Bool
    }

    var frame: PageFrame
    var devices: [Row]
    var storage: [Figure]

    init(_ status: StatusResponse, frame: PageFrame, calendar: HubCalendar) {
        self.frame = frame
        devices = status.devices.map {
            Row(
                name: $0.name, state: $0.state, reason: $0.reason ?? "", delivered: $0.delivered,
                dropped: $0.dropped.values.reduce(0, +), problem: !["ready", "unused", "idle"].contains($0.state)
            )
        }
        let health = status.storage
        storage = [
            Figure(label: "Vrije ruimte", value: health?.freeBytes.map(Self.megabytes) ?? "onbekend"),
            Figure(label: "Database", value: health.map { Self.megabytes($0.databaseBytes) } ?? "onbekend"),
            Figure(label: "Laatste schrijffout", value: health?.lastWriteError ?? "geen"),
            Figure(label: "Laatste back-up", value: health?.lastBackupAt.map(calendar.dayAndTime) ?? "nog nooit"),
            Figure(label: "synchronous", value: "\(status.synchronous)"),
        ]
    }

    static func megabytes(_ bytes: Int64) -> String {
        "\(bytes / 1_048_576) MB"
    }
}

struct AuditPage {
    struct Row {
        var at: String
        var staff: String
        var action: String
        var subject: String
    }

    var frame: PageFrame
    var intact: Bool
    var chain: String
    var entries: [Row]

    init(_ audit: DashboardAudit, frame: PageFrame, calendar: HubCalendar) {
        self.frame = frame
        intact = audit.chainIntact
        chain = audit.chainIntact
            ? "De laatste \(DashboardData.auditRows) schakels van het auditlog kloppen. Alles controleren: kiosk audit verify."
            : "Het auditlog is gewijzigd: de keten klopt niet. Meld dit aan de beheerder."
        entries = audit.entries.map {
            Row(
                at: calendar.dayAndTime($0.at), staff: $0.staffName, action: $0.action,
                subject: [$0.residentId.map { "bewoner \($0)" }, $0.subject].compactMap { $0 }.joined(separator: ", ")
            )
        }
    }
}

struct ResidentPage {
    struct Row {
        var time: String
        var text: String
    }

    var frame: PageFrame
    var credit: String
    var entries: [Row]

    init(_ timeline: HubAPI.ResidentTimelineView, frame: PageFrame, calendar: HubCalendar) {
        self.frame = frame
        credit = Cents(timeline.creditCents).formatted(.nl)
        entries = timeline.entries.map { Row(time: calendar.dayAndTime($0.time), text: $0.text.nl) }
    }
}
