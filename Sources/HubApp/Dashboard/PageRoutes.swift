import Foundation
import HubAPI
import HubCharts
import HubReports
import Hummingbird
import Inventory
import NIOCore

/// The dashboard's pages and their JSON twins. Every one needs a staff login on a paired
/// browser; the page and its twin are drawn from one `DashboardData` value.
struct PageRoutes {
    let hub: Hub
    let pages: DashboardPages

    var data: DashboardData { DashboardData(hub: hub) }

    func add(to area: APIArea) {
        let calendar = hub.calendar
        page(DashboardRoute.today, in: area, title: "Vandaag") { _, context in
            try await data.today(by: try context.staff())
        } render: { today, frame in pages.response("today", TodayPage(today, frame: frame, calendar: calendar)) }
        page(DashboardRoute.stock, in: area, title: "Voorraad") { _, _ in
            try await data.stock()
        } render: { stock, frame in pages.response("stock", StockPage(stock, frame: frame)) }
        page(DashboardRoute.rides, in: area, title: "Ritten") { _, context in
            try await data.rides(by: try context.staff())
        } render: { rides, frame in pages.response("rides", RidesPage(rides, frame: frame, calendar: calendar)) }
        page(DashboardRoute.signals, in: area, title: "Signalen") { _, context in
            try await data.signals(by: try context.staff())
        } render: { signals, frame in pages.response("signals", SignalsPage(signals, frame: frame)) }
        page(DashboardRoute.report, in: area, title: "Rapport") { request, _ in
            let period = try reportPeriod(request)
            return ReportTwin(data: try await data.report(period.period), query: period.query, month: period.month)
        } render: { twin, frame in pages.response("report", ReportPage(twin.data, frame: frame, query: twin.query, month: twin.month)) }
        page(DashboardRoute.devices, in: area, title: "Apparaten") { _, _ in
            try await data.devices()
        } render: { status, frame in pages.response("devices", DevicesPage(status, frame: frame, calendar: calendar)) }
        page(DashboardRoute.audit, in: area, title: "Audit") { _, context in
            try await data.audit(by: try context.staff())
        } render: { audit, frame in pages.response("audit", AuditPage(audit, frame: frame, calendar: calendar)) }
        page(DashboardRoute.resident, in: area, title: "Bewoner") { _, context in
            try await data.resident(try residentID(context), by: try context.staff())
        } render: { timeline, frame in
            var frame = frame
            frame.title = timeline.residentName
            return pages.response("resident", ResidentPage(timeline, frame: frame, calendar: calendar))
        }
        addCharts(to: area)
    }

    /// The page at `path` and its JSON twin at `/api` + `path`, both for a logged-in staff member,
    /// both from one `load`; only the page is rendered.
    private func page<Twin: WireRepresentable & Sendable>(
        _ path: String, in area: APIArea, title: String,
        load: @escaping @Sendable (Request, HubRequestContext) async throws -> Twin,
        render: @escaping @Sendable (Twin, PageFrame) -> Response
    ) {
        area.get(path, .staff) { request, context in
            let frame = try frame(title: title, current: path, request: request, context: context)
            return render(try await load(request, context), frame)
        }
        area.get(DashboardRoute.api(path), .staff) { request, context in
            try JSONBody.response(try await load(request, context))
        }
    }

    private func addCharts(to area: APIArea) {
        area.get(DashboardRoute.reportCSV, .staff) { request, _ in
            let period = try reportPeriod(request)
            let report = try await hub.stores.reports.report(period.period).wire
            let name = "rapport-\(report.period.replacingOccurrences(of: ".", with: "")).csv"
            return Response(
                status: .ok,
                headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""],
                body: .init(byteBuffer: ByteBuffer(string: PeriodReportCSV.render(report)))
            )
        }
        area.get(DashboardRoute.deliveryChart, .staff) { request, _ in
            try await chart(request, DeliveryCharts.deliveries)
        }
        area.get(DashboardRoute.contactChart, .staff) { request, _ in
            try await chart(request, DeliveryCharts.contactShare)
        }
    }

    private func chart(_ request: Request, _ draw: (HubAPI.DeliverySeries) -> BarChart) async throws -> Response {
        let raw = String((request.uri.queryParameters.get("months") ?? "12").prefix(8))
        guard let months = Int(raw), (1...120).contains(months) else {
            throw APIError.badRequest("months '\(raw)' — give a number of months, 1 to 120")
        }
        let series = try await hub.stores.reports.deliverySeries(months: months).wire
        return Response(status: .ok, headers: [.contentType: "image/svg+xml"], body: .init(byteBuffer: ByteBuffer(string: draw(series).svg())))
    }

    private func frame(title: String, current: String, request: Request, context: HubRequestContext) throws -> PageFrame {
        let csrf = DashboardCookies.token(DashboardCookies.browser, in: request).map(hub.formTokens.token) ?? ""
        return PageFrame(title: title, current: current, staff: try context.staff().name, csrf: csrf, hub: hub.configuration.hub.name)
    }

    private func residentID(_ context: HubRequestContext) throws -> Int64 {
        let raw = try context.parameters.require("id")
        guard raw.count <= 19, let id = Int64(raw), id > 0 else {
            throw APIError.badRequest("resident '\(raw.prefix(20))' — open a resident from a list")
        }
        return id
    }

    /// The asked period, or this month when none is given.
    private func reportPeriod(_ request: Request) throws -> (period: ReportPeriod, query: String, month: String) {
        let query = request.uri.queryParameters
        let named = ["month", "quarter", "year", "from", "to"].filter { query.get($0) != nil }
        let month = String((query.get("month") ?? "").prefix(7))
        if named.isEmpty {
            let current = String(hub.calendar.today.text.prefix(7))
            return (try ReportPeriod.month(current), "month=\(current)", current)
        }
        let period = try ReportRoutes(hub: hub).period(request)
        let text = named.compactMap { name in query.get(name).map { "\(name)=\(Self.queryEscaped(String($0.prefix(40))))" } }
        return (period, text.joined(separator: "&"), month)
    }

    static func queryEscaped(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-."))) ?? ""
    }
}

/// The report page's data and the period it was asked as, for the form and the download links.
/// Its twin sends the data alone.
struct ReportTwin: WireRepresentable, Sendable {
    var data: HubAPI.DashboardReport
    var query: String
    var month: String

    var wire: HubAPI.DashboardReport { data }
}
