import Hummingbird
import HubAPI
import Inventory

/// Pairing dashboard browsers from the kiosk: a staff session (pass and PIN) approves the code a
/// browser shows, lists paired browsers, and revokes one.
struct DashboardAdminRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(DashboardAdminRoute.browsers, .staff) { _, _ in
            try JSONBody.response(try await hub.stores.browsers.list())
        }
        area.post(DashboardAdminRoute.approve, .staff) { request, context in
            let actor = try context.staff()
            let approve = try await JSONBody.decode(BrowserApproveRequest.self, from: request)
            let browser = try await hub.stores.browsers.approve(code: approve.code.trimmingCharacters(in: .whitespaces), by: actor)
            hub.logger.notice("dashboard browser paired", metadata: ["browser": "\(browser.id)", "staff": "\(actor.id.map(String.init) ?? "-")"])
            return try JSONBody.response(browser)
        }
        area.post(DashboardAdminRoute.browsers + "/:id/revoke", .staff) { _, context in
            let actor = try context.staff()
            let raw = try context.parameters.require("id")
            guard raw.count <= 19, let id = Int64(raw) else { throw APIError.badRequest("browser '\(raw.prefix(20))' — give the number from `kiosk dashboard list`") }
            let browser = try await hub.stores.browsers.revoke(id: id, by: actor)
            hub.logger.notice("dashboard browser revoked", metadata: ["browser": "\(id)", "staff": "\(actor.id.map(String.init) ?? "-")"])
            return try JSONBody.response(browser)
        }
    }
}
