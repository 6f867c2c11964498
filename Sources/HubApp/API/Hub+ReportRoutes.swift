import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addReportRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.reportMonth)) { request, _ in
            _ = try await self.staffActor(request)
            let raw = request.uri.queryParameters.get("month") ?? ""
            guard let month = YearMonth(raw) else { throw APIError.badRequest("month '\(raw)' — write YYYY-MM, e.g. 2026-11") }
            return try JSONBody.response(try await self.stores.reports.month(month))
        }
        router.get(RouterPath(APIRoute.audit)) { request, _ in
            let actor = try await self.staffActor(request)
            var resident: Int64?
            if let key = request.uri.queryParameters.get("resident") {
                resident = try await self.stores.residents.resident(matching: key).id
            }
            return try JSONBody.response(try await self.stores.audit.entries(residentID: resident, by: actor, at: self.calendar.now()))
        }
    }
}
