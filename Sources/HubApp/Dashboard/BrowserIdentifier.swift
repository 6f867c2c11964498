import Hummingbird
import Inventory
import Logging

/// Callers on the dashboard's LAN listener, known by the pairing token in their cookie. Every
/// browser may see the pairing page; a paired one also gets the staff role, so staff can log in
/// on it, and the staff session comes from the login cookie.
struct BrowserIdentifier: CallerIdentifier {
    let browsers: BrowserStore
    let logger: Logger

    func caller(for request: Request, context: HubRequestContext) async -> Caller {
        guard let token = DashboardCookies.token(DashboardCookies.browser, in: request) else {
            return Caller(kind: .browser(.unknown), roles: [.browser])
        }
        do {
            let standing = try await browsers.standing(token: token)
            if case .paired = standing { return Caller(kind: .browser(standing), roles: [.browser, .staff]) }
            return Caller(kind: .browser(standing), roles: [.browser])
        } catch {
            logger.error("browser pairing could not be read", metadata: ["error": "\(error)"])
            return Caller(kind: .browser(.unknown), roles: [.browser])
        }
    }

    func sessionToken(for request: Request) -> String? {
        DashboardCookies.token(DashboardCookies.session, in: request)
    }
}
