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
            _ = try await self.staffActor(request)
            let resident: Int64? = try await request.uri.queryParameters.get("resident").map {
                try await self.stores.residents.resident(matching: $0).id ?? 0
            }
            return try JSONBody.response(try await self.stores.audit.entries(residentID: resident))
        }
    }
}
