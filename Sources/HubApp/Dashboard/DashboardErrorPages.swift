import HTTPTypes
import Hummingbird
import HubAPI
import Inventory
import Logging

/// Every refusal on the dashboard, as a browser needs it: a page that is not allowed yet sends
/// the browser to pairing or to the login, and any other refusal is a page in Dutch that says
/// what to do. The JSON twins under /api/ keep the API's JSON errors.
struct DashboardErrorPages: RouterMiddleware {
    typealias Context = HubRequestContext

    let pages: DashboardPages
    let hubName: String
    let secure: Bool
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let refusal = classify(error, path: request.uri.path)
            if request.uri.path.hasPrefix("/api/") {
                return try APIError(refusal.status, code: refusal.code, refusal.text).response(from: request, context: context)
            }
            return redirect(for: refusal, request: request) ?? page(refusal)
        }
    }

    struct Refusal {
        var status: HTTPResponse.Status
        var code: String
        var text: LocalizedText
        var access: AccessDenied.Code?
    }

    private func classify(_ error: any Error, path: String) -> Refusal {
        switch error {
        case let denied as AccessDenied: Refusal(status: denied.status, code: denied.code.rawValue, text: denied.text, access: denied.code)
        case let refusal as DashboardRefusal: Refusal(status: refusal.status, code: refusal.code.rawValue, text: refusal.text)
        case let api as APIError: Refusal(status: api.status, code: api.code, text: api.text)
        case let inventory as InventoryError:
            inventory.code == .unauthorized
                ? Refusal(status: .unauthorized, code: inventory.code.name, text: inventory.text, access: .notLoggedIn)
                : Refusal(status: APIError(inventory).status, code: inventory.code.name, text: inventory.text)
        case let http as HTTPError where http.status == .notFound:
            Refusal(status: .notFound, code: "not-found", text: LocalizedText(
                nl: "deze pagina bestaat niet — kies een pagina in het menu", en: "no such page — pick a page in the menu"
            ))
        default:
            unexpected(error, path: path)
        }
    }

    private func unexpected(_ error: any Error, path: String) -> Refusal {
        logger.error("dashboard request failed", metadata: ["path": "\(path.prefix(200))", "error": "\(error)"])
        return Refusal(status: .internalServerError, code: "internal", text: LocalizedText(
            nl: "interne fout, niets gewijzigd — vraag de beheerder in het journaal te kijken (journalctl -u hubd)",
            en: "internal error, nothing changed — ask the maintainer to look in the journal (journalctl -u hubd)"
        ))
    }

    /// Pairing first, then a login; a lapsed login also loses its cookie.
    private func redirect(for refusal: Refusal, request: Request) -> Response? {
        switch refusal.access {
        case .noRole, .wrongRole:
            return request.uri.path == DashboardRoute.pair ? nil : DashboardPages.redirect(to: DashboardRoute.pair)
        case .notLoggedIn:
            var response = DashboardPages.redirect(to: DashboardRoute.login)
            response.setCookie(DashboardCookies.cleared(DashboardCookies.session, secure: secure))
            return response
        default:
            return nil
        }
    }

    private func page(_ refusal: Refusal) -> Response {
        struct ErrorPage {
            var frame: PageFrame
            var message: String
            var back: String
        }
        let page = ErrorPage(frame: PageFrame(title: "Dat lukte niet", hub: hubName), message: refusal.text.nl, back: DashboardRoute.today)
        return pages.response("error", page, status: refusal.status)
    }
}
