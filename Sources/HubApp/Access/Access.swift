/// What a route needs before its handler may run. Every route names one when it is added
/// (see `APIArea`); a route without one is refused by the middleware.
public enum Access: String, Sendable, CaseIterable {
    /// Any caller with a role: health, and the live feed (its contents depend on the role).
    case monitor
    /// Role monitor or admin: the metrics scrape. It holds no personal data, but it is for the
    /// monitoring system, not for every console or staff terminal on the hub.
    case monitorRole
    /// The kiosk screen: role console or admin. It sees its own screen and nothing else.
    case console
    /// Role staff or admin, before a session exists: logging in.
    case staffRole
    /// A live staff session bound to the caller's uid. Changes and personal data.
    case staff
    /// Adding staff: admin while the hub has no staff member yet, a staff session afterwards.
    case setup
    /// Root or hubd's own user: virtual devices under `--simulate`.
    case admin
    /// Any browser on the dashboard listener, paired or not: the pairing page and its style sheet.
    case browser

    /// Whether a caller with these roles gets past the role check; a session is checked apart.
    func admits(_ roles: Set<Role>) -> Bool {
        switch self {
        case .monitor: !roles.isEmpty
        case .monitorRole: roles.contains(.monitor) || roles.contains(.admin)
        case .console: roles.contains(.console) || roles.contains(.admin)
        case .staffRole, .staff: roles.contains(.staff) || roles.contains(.admin)
        case .setup: roles.contains(.staff) || roles.contains(.admin)
        case .admin: roles.contains(.admin)
        case .browser: roles.contains(.browser)
        }
    }

    var needsSession: Bool { self == .staff }
}
