import HubAPI
import Inventory

/// What each dashboard page shows, as the HubAPI value its JSON twin sends. The HTML page is
/// drawn from the same value, so the two never disagree.
struct DashboardData {
    let hub: Hub

    /// Two weeks: the next loan reminders a coordinator can still act on.
    static let loanHorizonDays = 14
    /// The audit rows the page shows, and the links it checks; `kiosk audit verify` checks all.
    static let auditRows = 100

    func today(by actor: StaffActor) async throws -> HubAPI.DashboardToday {
        let day = hub.calendar.today
        let list = try await hub.stores.parcels.dayList(on: day, viewer: actor)
        let counts = try await hub.stores.parcels.counts(on: day)
        let overdue = (list.stops.flatMap(\.parcels) + list.unassigned).filter(\.overdue)
        return HubAPI.DashboardToday(
            day: day.wire, parcels: counts.total, unassigned: list.unassigned.wire, outForDelivery: list.stops.wire, overdue: overdue.wire
        )
    }

    func stock() async throws -> HubAPI.DashboardStock {
        HubAPI.DashboardStock(
            levels: try await hub.stores.articles.list().wire,
            reorder: try await hub.stores.stock.reorderList().wire,
            loansDue: try await hub.stores.stock.loans(dueWithin: Self.loanHorizonDays).wire
        )
    }

    func rides(by actor: StaffActor) async throws -> HubAPI.DashboardRides {
        HubAPI.DashboardRides(
            open: try await hub.stores.uses.rides(on: nil, openOnly: true, by: actor).wire,
            reviews: try await hub.stores.uses.reviewQueue(by: actor).wire
        )
    }

    func report(_ period: ReportPeriod) async throws -> HubAPI.DashboardReport {
        HubAPI.DashboardReport(
            report: try await hub.stores.reports.report(period).wire,
            series: try await hub.stores.reports.deliverySeries(months: 12).wire
        )
    }

    func devices() async throws -> StatusResponse {
        try await StatusRoutes(hub: hub).status().wire
    }

    /// Open signals with those whose follow-up day has come first, and the quiet list.
    func signals(by actor: StaffActor) async throws -> HubAPI.DashboardSignals {
        let open = try await hub.stores.signals.list(openOnly: true, by: actor).wire
        let days = 14
        return HubAPI.DashboardSignals(
            open: open.filter(\.due) + open.filter { !$0.due }, quiet: try await hub.stores.visits.quiet(days: days, by: actor).wire, quietDays: days
        )
    }

    func audit(by actor: StaffActor) async throws -> HubAPI.DashboardAudit {
        let entries = try await hub.stores.audit.entries(residentID: nil, by: actor, at: hub.calendar.now(), limit: Self.auditRows)
        let verification = try await hub.stores.audit.verify(newest: Self.auditRows)
        return HubAPI.DashboardAudit(entries: entries.wire, chainIntact: verification.brokenLinks == 0)
    }

    func resident(_ id: Int64, by actor: StaffActor) async throws -> HubAPI.ResidentTimelineView {
        try await hub.stores.timeline.timeline(residentKey: String(id), by: actor, limit: 100).wire
    }
}

extension HubAPI.DashboardToday: WireRepresentable {}
extension HubAPI.DashboardStock: WireRepresentable {}
extension HubAPI.DashboardSignals: WireRepresentable {}
extension HubAPI.DashboardRides: WireRepresentable {}
extension HubAPI.DashboardReport: WireRepresentable {}
extension HubAPI.DashboardAudit: WireRepresentable {}
extension HubAPI.StatusResponse: WireRepresentable {}
extension HubAPI.ResidentTimelineView: WireRepresentable {}
