import Foundation
import HubAPI
import Hummingbird
import Inventory
import NIOCore

/// The round on a concierge's tablet (issue 18, point 1): a page and its script, the day's
/// round fetched with the staff member's PIN, and the sync of what was recorded at the doors.
/// All four need a staff login on a paired browser; a revoked browser reaches none of them.
struct RoundRoutes {
    let hub: Hub
    let pages: DashboardPages

    /// A PIN fits in far less; a day's doors (at most `RoundStore.maxEntries`) in this.
    static let maxFetchBytes = 1024
    static let maxSyncBytes = 256 * 1024

    func add(to area: APIArea) {
        area.get(DashboardRoute.round, .staff) { request, context in try page(request, context) }
        area.get(DashboardRoute.roundScript, .staff) { _, _ in script(RoundScript.page) }
        area.get(DashboardRoute.roundWorker, .staff) { _, _ in script(RoundScript.worker) }
        area.post(DashboardRoute.roundFetch, .staff) { request, context in try await fetch(request, context) }
        area.post(DashboardRoute.roundSync, .staff) { request, context in try await sync(request, context) }
    }

    private func page(_ request: Request, _ context: HubRequestContext) throws -> Response {
        struct RoundPage {
            var frame: PageFrame
            var staffId: String
        }
        let staff = try context.staff()
        let csrf = DashboardCookies.token(DashboardCookies.browser, in: request).map(hub.formTokens.token) ?? ""
        let frame = PageFrame(title: "Ronde", current: DashboardRoute.round, staff: staff.name, csrf: csrf, hub: hub.configuration.hub.name)
        return pages.response("round", RoundPage(frame: frame, staffId: staff.id.map(String.init) ?? ""))
    }

    private func script(_ source: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: source)))
    }

    /// The PIN is checked like a login (wrong ones count towards the lock-out) because it also
    /// locks the copy the tablet keeps.
    private func fetch(_ request: Request, _ context: HubRequestContext) async throws -> Response {
        let staff = try context.staff()
        guard let browser = context.caller.browserID, let staffID = staff.id else { throw AccessDenied.notLoggedIn(context.caller) }
        let asked = try await JSONBody.decode(RoundFetchRequest.self, from: request, limit: Self.maxFetchBytes)
        guard PINHasher.isWellFormed(asked.pin) else { throw StaffStore.malformedPIN() }
        _ = try await hub.stores.staff.verifyPIN(staffID: staffID, pin: asked.pin)
        let round = try await hub.stores.rounds.issue(to: browser, by: staff)
        hub.logger.notice("round issued to a tablet", metadata: ["browser": "\(browser)", "staff": "\(staffID)", "stops": "\(round.stops.count)"])
        return try JSONBody.response(round)
    }

    private func sync(_ request: Request, _ context: HubRequestContext) async throws -> Response {
        let staff = try context.staff()
        guard let browser = context.caller.browserID else { throw AccessDenied.notLoggedIn(context.caller) }
        let batch = try await JSONBody.decode(RoundBatch.self, from: request, limit: Self.maxSyncBytes)
        let result = try await hub.stores.rounds.sync(from: browser, batch.entries, by: staff)
        let refused = result.receipts.filter { $0.state == .refused && !$0.replayed }
        for receipt in refused {
            hub.logger.notice("a tablet's entry was refused", metadata: ["browser": "\(browser)", "seq": "\(receipt.seq)", "reason": "\(receipt.message?.en ?? "")"])
        }
        return try JSONBody.response(result)
    }
}
