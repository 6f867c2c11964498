import HTTPTypes
import Hummingbird
import Inventory

/// A request refused before its handler ran. It names what the caller lacks and what to do,
/// never anything about the data behind the route.
public struct AccessDenied: HTTPResponseError {
    public enum Code: String, Sendable {
        /// The kernel could not say who is calling, or `[access]` gives that user no role.
        case noRole = "no-role"
        /// The caller has a role, but not one this route admits.
        case wrongRole = "wrong-role"
        /// The route needs a live staff session, and the request has none for this user.
        case notLoggedIn = "not-logged-in"
        /// A route that declared no access: a programming error, refused rather than open.
        case undeclared = "undeclared-route"
    }

    public var code: Code
    var text: LocalizedText

    public var status: HTTPResponse.Status {
        code == .notLoggedIn ? .unauthorized : .forbidden
    }

    static func noRole(_ caller: Caller) -> AccessDenied {
        AccessDenied(code: .noRole, text: LocalizedText(
            nl: "deze gebruiker mag hubd niet gebruiken (\(caller.summary)) — vraag de beheerder om u in [access] van hubd.toml op te nemen",
            en: "this user may not use hubd (\(caller.summary)) — ask the administrator to add you to [access] in hubd.toml"
        ))
    }

    static func wrongRole(_ access: Access, _ caller: Caller) -> AccessDenied {
        if case .browser = caller.kind {
            return AccessDenied(code: .wrongRole, text: LocalizedText(
                nl: "deze browser is niet gekoppeld aan de hub — open /pair en laat een medewerker de code goedkeuren met `kiosk dashboard approve`",
                en: "this browser is not paired with the hub — open /pair and have a staff member approve its code with `kiosk dashboard approve`"
            ))
        }
        return AccessDenied(code: .wrongRole, text: LocalizedText(
            nl: "dit mag alleen met de rol \(access.roleName) — u hebt \(caller.summary)",
            en: "this needs the role \(access.roleName) — you have \(caller.summary)"
        ))
    }

    static func notLoggedIn(_ caller: Caller = .nobody) -> AccessDenied {
        if case .browser = caller.kind {
            return AccessDenied(code: .notLoggedIn, text: LocalizedText(
                nl: "niet ingelogd of te lang niet gebruikt — log in op /login met uw PIN",
                en: "not logged in, or idle too long — log in at /login with your PIN"
            ))
        }
        return AccessDenied(code: .notLoggedIn, text: LocalizedText(
            nl: "dit is een opdracht voor medewerkers — log eerst in met `kiosk login` (PIN + medewerkerspas)",
            en: "this is a staff command — log in first with `kiosk login` (PIN + staff pass)"
        ))
    }

    static func undeclared() -> AccessDenied {
        AccessDenied(code: .undeclared, text: LocalizedText(
            nl: "deze route heeft geen toegangsregel en is daarom dicht — meld dit als fout",
            en: "this route declares no access rule and is therefore closed — report it as a bug"
        ))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try APIError(status, code: code.rawValue, text).response(from: request, context: context)
    }
}

extension Access {
    /// The roles that pass, as written in `[access]`.
    var roleName: String {
        switch self {
        case .monitor: "console/staff/monitor/admin"
        case .monitorRole: "monitor"
        case .console: "console"
        case .staffRole, .staff, .setup: "staff"
        case .admin: "admin"
        case .browser: "browser"
        }
    }
}
