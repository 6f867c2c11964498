/// What a caller may do, decided from who it is (peer credentials on the socket) before any
/// handler runs. A staff session on top says *which* staff member acts.
public enum Role: String, Sendable, CaseIterable, Comparable {
    /// The kiosk screen's user: its own screen and keypad, nothing else.
    case console
    /// The staff command line; personal data and changes need a live staff session too.
    case staff
    /// Health only: status and events without names, addresses or medication flags.
    case monitor
    /// Set-up: root and hubd's own user, plus `[access] admin`.
    case admin
    /// Any browser on the dashboard's LAN address: the pairing page, nothing more. A paired
    /// browser is given `staff` as well, so staff can log in on it with their PIN.
    case browser

    public static func < (lhs: Role, rhs: Role) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
