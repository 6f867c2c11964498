import Hummingbird
import HubAPI
import Inventory

extension Hub {
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: InventoryErrorMiddleware(logger: logger))
        addStatusRoutes(to: router)
        addParcelRoutes(to: router)
        addResidentRoutes(to: router)
        addEventRoutes(to: router)
        addStaffRoutes(to: router)
        addPassRoutes(to: router)
        addConsoleRoutes(to: router)
        addServiceRoutes(to: router)
        addReportRoutes(to: router)
        addPaymentRoutes(to: router)
        addStockRoutes(to: router)
        addStockDeskRoutes(to: router)
        return router
    }

    func day(from request: Request) throws -> LocalDay {
        guard let raw = request.uri.queryParameters.get("date") else { return calendar.today }
        if raw == "today" { return calendar.today }
        guard let day = LocalDay(raw) else { throw APIError.badRequest("date '\(raw)' is not YYYY-MM-DD") }
        return day
    }
}
