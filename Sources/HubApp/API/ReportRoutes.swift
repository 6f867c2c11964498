import Hummingbird
import HubAPI
import Inventory

struct ReportRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(APIRoute.reportMonth, .staff) { request, context in
                        let raw = request.uri.queryParameters.get("month") ?? ""
            guard let month = YearMonth(raw) else { throw APIError.badRequest("month '\(raw)' — write YYYY-MM, e.g. 2026-11") }
            return try JSONBody.response(try await hub.stores.reports.month(month))
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
