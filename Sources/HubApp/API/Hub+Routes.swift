import Hummingbird
import HubAPI
import Inventory

extension Hub {
    /// The socket API: one group per area under one authorisation middleware. The middleware
    /// sits on the root group, so it runs for every route after Hummingbird matched it and
    /// before its handler, and a route's access comes from the table its area filled.
    public func makeRouter(identifier: (any CallerIdentifier)? = nil, table: RouteTable = RouteTable()) -> Router<HubRequestContext> {
        let router = Router(context: HubRequestContext.self)
        router.add(middleware: InventoryErrorMiddleware(logger: logger))
        let identifier = identifier ?? PeerCredentialIdentifier(policy: AccessPolicy(rules: configuration.access, logger: logger))
        let root = router.group().add(middleware: authorization(identifier: identifier, table: table))
        let area = { (prefix: String) in APIArea(prefix, in: root, table: table) }
        StatusRoutes(hub: self).add(to: area("/v1"))
        MetricsRoutes(hub: self).add(to: area(APIRoute.metrics))
        ParcelRoutes(hub: self).add(to: area("/v1"))
        ResidentRoutes(hub: self).add(to: area("/v1"))
        ContactRoutes(hub: self).add(to: area("/v1"))
        EventRoutes(hub: self).add(to: area("/v1/events"))
        StaffRoutes(hub: self).add(to: area("/v1/staff"))
        PassRoutes(hub: self).add(to: area("/v1/passes"))
        ConsoleRoutes(hub: self).add(to: area("/v1/console"))
        ServiceRoutes(hub: self).add(to: area("/v1"))
        ReportRoutes(hub: self).add(to: area("/v1"))
        BackupRoutes(hub: self).add(to: area(APIRoute.backups))
        PrivacyRoutes(hub: self).add(to: area("/v1"))
        PaymentRoutes(hub: self).add(to: area("/v1"))
        StockRoutes(hub: self).add(to: area("/v1/stock"))
        StockDeskRoutes(hub: self).add(to: area("/v1/stock"))
        DashboardAdminRoutes(hub: self).add(to: area("/v1/dashboard"))
        return router
    }

    /// The one authorisation middleware; every area's group sits under it.
    public func authorization(identifier: any CallerIdentifier, table: RouteTable) -> AuthorizationMiddleware {
        AuthorizationMiddleware(table: table, identifier: identifier, staff: stores.staff, logger: logger)
    }

    func day(from request: Request) throws -> LocalDay {
        guard let raw = request.uri.queryParameters.get("date") else { return calendar.today }
        if raw == "today" { return calendar.today }
        guard let day = LocalDay(raw) else { throw APIError.badRequest("date '\(raw)' is not YYYY-MM-DD") }
        return day
    }
}
