import Hummingbird
import HubAPI
import Inventory
import NIOCore

extension Hub {
    /// The staff dashboard on the LAN: the same authorisation middleware and route table as the
    /// socket, with browsers as callers. Outside it sit only the security headers, the error
    /// pages and the cross-site guard, which refuse but never admit.
    public func makeDashboardRouter(table: RouteTable = RouteTable()) throws -> Router<HubRequestContext> {
        let settings = configuration.dashboard
        let secure = settings.usesTLS
        let pages = try DashboardPages()
        let origin = DashboardOrigin(host: settings.host ?? "127.0.0.1", port: settings.port, tls: secure)
        let router = Router(context: HubRequestContext.self)
        router.add(middleware: DashboardHeaders())
        router.add(middleware: DashboardErrorPages(pages: pages, hubName: configuration.hub.name, secure: secure, logger: logger))
        router.add(middleware: CrossSiteGuard(tokens: formTokens, origin: origin))
        let identifier = BrowserIdentifier(browsers: stores.browsers, logger: logger)
        let root = router.group().add(middleware: authorization(identifier: identifier, table: table))
        let area = APIArea("", in: root, table: table)
        PairingRoutes(hub: self, pages: pages, secure: secure).add(to: area)
        PageRoutes(hub: self, pages: pages).add(to: area)
        RoundRoutes(hub: self, pages: pages).add(to: area)
        area.get(DashboardRoute.openAPI, .staff) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try DashboardOpenAPI.json())))
        }
        return router
    }
}
