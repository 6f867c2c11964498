import Hummingbird
import HubAPI
import Inventory

struct ReportRoutes {
    let hub: Hub

    func month(_ request: Request) throws -> YearMonth {
        let raw = String((request.uri.queryParameters.get("month") ?? "").prefix(40))
        guard let month = YearMonth(raw) else { throw APIError.badRequest("month '\(raw)' — write YYYY-MM, e.g. 2026-11") }
        return month
    }

    /// Exactly one of month, quarter, year, or from and to.
    func period(_ request: Request) throws -> ReportPeriod {
        let query = request.uri.queryParameters
        let given = ["month", "quarter", "year", "from", "to"].compactMap { name in query.get(name).map { (name, String($0.prefix(40))) } }
        switch Dictionary(given, uniquingKeysWith: { first, _ in first }) {
        case let form where form.count == 1 && form["month"] != nil: return try ReportPeriod.month(form["month"] ?? "")
        case let form where form.count == 1 && form["quarter"] != nil: return try ReportPeriod.quarter(form["quarter"] ?? "")
        case let form where form.count == 1 && form["year"] != nil: return try ReportPeriod.year(form["year"] ?? "")
        case let form where form.count == 2 && form["from"] != nil && form["to"] != nil:
            return try ReportPeriod.range(from: form["from"] ?? "", to: form["to"] ?? "", calendar: hub.calendar)
        default:
            throw APIError.badRequest("give one period: month=YYYY-MM, quarter=YYYY-Qn, year=YYYY, or from=YYYY-MM-DD&to=YYYY-MM-DD")
        }
    }

    func add(to area: APIArea) {
        area.get(APIRoute.reports, .staff) { request, _ in
            try JSONBody.response(try await hub.stores.reports.report(try period(request)))
        }
        area.get(APIRoute.deliverySeries, .staff) { request, _ in
            let raw = String((request.uri.queryParameters.get("months") ?? "12").prefix(8))
            guard let months = Int(raw) else { throw APIError.badRequest("months '\(raw)' — give a number of months, 1 to 120") }
            return try JSONBody.response(try await hub.stores.reports.deliverySeries(months: months))
        }
        area.post(APIRoute.reportClose, .staff) { request, context in
            let actor = try context.staff()
            let report = try await hub.stores.reports.close(try month(request), by: actor)
            hub.logger.notice("month closed", metadata: ["month": "\(report.period)", "staff": "\(actor.id.map(String.init) ?? "-")"])
            return try JSONBody.response(report)
        }
        area.get(APIRoute.residentStatements, .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stores.invoices.residentStatements(month: try month(request), by: actor))
        }
        area.get(APIRoute.supplierInvoice, .staff) { request, _ in
            let supplier = String((request.uri.queryParameters.get("supplier") ?? "").prefix(64))
            return try JSONBody.response(try await hub.stores.invoices.supplierInvoice(supplierID: supplier, month: try month(request)))
        }
        area.get(APIRoute.supplierRates, .staff) { _, _ in
            try JSONBody.response(try await hub.stores.invoices.rates())
        }
        area.post(APIRoute.supplierRates, .staff) { request, context in
            let actor = try context.staff()
            let change = try await JSONBody.decode(SupplierRateRequest.self, from: request)
            let cents = try Cents.parse(change.rate).value
            let rate = try await hub.stores.invoices.setRate(supplierID: change.supplier, cents: cents, by: actor)
            hub.logger.notice("supplier rate set", metadata: ["supplier": "\(rate.supplierId)", "cents": "\(cents)", "staff": "\(actor.id.map(String.init) ?? "-")"])
            return try JSONBody.response(rate)
        }
        area.get(APIRoute.audit, .staff) { request, context in
            let actor = try context.staff()
            var resident: Int64?
            if let key = request.uri.queryParameters.get("resident") {
                resident = try await hub.stores.residents.resident(matching: key).id
            }
            return try JSONBody.response(try await hub.stores.audit.entries(residentID: resident, by: actor, at: hub.calendar.now()))
        }
        area.get(APIRoute.auditVerify, .staff) { _, _ in
            try JSONBody.response(try await hub.stores.audit.verify())
        }
    }
}
