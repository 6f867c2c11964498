import Foundation
import Hummingbird
import HubAPI
import Inventory
import NIOCore

/// Pairing a browser, and staff logging in and out on a paired one. The only pages an
/// unpaired browser reaches are these and the style sheet.
struct PairingRoutes {
    let hub: Hub
    let pages: DashboardPages
    let secure: Bool

    func add(to area: APIArea) {
        area.get("/", .browser) { _, _ in DashboardPages.redirect(to: DashboardRoute.today) }
        area.get(DashboardRoute.style, .browser) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: DashboardTemplates.style)))
        }
        area.get(DashboardRoute.pair, .browser) { _, context in pairPage(context.caller) }
        area.post(DashboardRoute.pair, .browser) { request, context in try await askToPair(request, caller: context.caller) }
        area.get(DashboardRoute.login, .staffRole) { request, context in
            if context.caller.staff != nil { return DashboardPages.redirect(to: DashboardRoute.today) }
            return try await loginPage(request, error: nil)
        }
        area.post(DashboardRoute.login, .staffRole) { request, context in try await logIn(request, context: context) }
        area.post(DashboardRoute.logout, .staffRole) { request, context in try await logOut(request, context: context) }
    }

    private func pairPage(_ caller: Caller) -> Response {
        struct PairPage {
            struct Waiting { var code: String }
            var frame: PageFrame
            var waiting: Waiting?
            var paired: Bool
            var ask: String?
        }
        var page = PairPage(frame: PageFrame(title: "Browser koppelen", hub: hub.configuration.hub.name), waiting: nil, paired: false, ask: nil)
        switch caller.kind {
        case .browser(.waiting(_, let code)): page.waiting = PairPage.Waiting(code: code)
        case .browser(.paired): page.paired = true
        case .browser(.revoked): page.ask = "De koppeling van deze browser is ingetrokken. U kunt een nieuwe koppeling aanvragen."
        default: page.ask = "Deze browser is nog niet gekoppeld aan de hub. Een medewerker keurt de koppeling goed bij de kiosk."
        }
        return pages.response("pair", page)
    }

    /// A browser already paired or waiting keeps what it has; a new request gets its cookie.
    private func askToPair(_ request: Request, caller: Caller) async throws -> Response {
        switch caller.kind {
        case .browser(.paired): return DashboardPages.redirect(to: DashboardRoute.login)
        case .browser(.waiting): return DashboardPages.redirect(to: DashboardRoute.pair)
        default: break
        }
        let label = RequestText.label(request.headers[.userAgent] ?? "browser")
        let pairing = try await hub.stores.browsers.request(label: label)
        hub.logger.notice("dashboard pairing asked", metadata: ["code": "\(pairing.code)"])
        var response = DashboardPages.redirect(to: DashboardRoute.pair)
        response.setCookie(DashboardCookies.pairing(pairing.token, secure: secure))
        return response
    }

    private func loginPage(_ request: Request, error: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        struct LoginPage {
            struct Member { var id: Int64; var name: String }
            var frame: PageFrame
            var staff: [Member]
            var error: String?
        }
        let members = try await hub.stores.staff.list().filter(\.active).map { LoginPage.Member(id: $0.id, name: $0.name) }
        let csrf = DashboardCookies.token(DashboardCookies.browser, in: request).map(hub.formTokens.token) ?? ""
        let page = LoginPage(frame: PageFrame(title: "Inloggen", csrf: csrf, hub: hub.configuration.hub.name), staff: members, error: error)
        return pages.response("login", page, status: status)
    }

    /// Every failure answers the same, as on the command line; the journal keeps the reason.
    private func logIn(_ request: Request, context: HubRequestContext) async throws -> Response {
        guard let browserID = context.caller.browserID else { throw AccessDenied.notLoggedIn(context.caller) }
        let pin = context.form["pin"] ?? ""
        let member: StaffMember
        do {
            guard let id = context.form["staff"].flatMap({ Int64($0) }), PINHasher.isWellFormed(pin) else { throw StaffStore.malformedPIN() }
            member = try await hub.stores.staff.verifyPIN(staffID: id, pin: pin)
        } catch {
            hub.logger.warning("dashboard login refused", metadata: ["caller": "\(context.caller.summary)", "reason": "\(error)"])
            return try await loginPage(request, error: "Inloggen lukte niet. Kies uw naam en typ uw PIN opnieuw; na drie fouten wacht u even.", status: .unauthorized)
        }
        let token = try await hub.stores.staff.openSession(staffID: member.id, origin: "dashboard", browserID: browserID)
        hub.logger.notice("staff logged in on the dashboard", metadata: ["staff": "\(member.id)", "browser": "\(browserID)"])
        var response = DashboardPages.redirect(to: DashboardRoute.today)
        response.setCookie(DashboardCookies.login(token, secure: secure))
        return response
    }

    private func logOut(_ request: Request, context: HubRequestContext) async throws -> Response {
        if let token = DashboardCookies.token(DashboardCookies.session, in: request), let browserID = context.caller.browserID {
            try await hub.stores.staff.closeSession(token: token, browserID: browserID)
        }
        var response = DashboardPages.redirect(to: DashboardRoute.login)
        response.setCookie(DashboardCookies.cleared(DashboardCookies.session, secure: secure))
        return response
    }
}
