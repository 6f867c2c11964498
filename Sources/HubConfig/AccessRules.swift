/// Who may use hubd's socket, and as what: the `[access]` table.
///
/// Callers on the Unix socket are known by the kernel's peer credentials, so each rule names a
/// user or a group. Root and hubd's own user are always `admin`; everyone else has no role until
/// a rule gives them one.
public struct AccessRules: Sendable, Equatable {
    /// One entry of a role's list: `user:NAME`, `uid:N`, `group:NAME` or `gid:N`.
    public enum Principal: Sendable, Hashable, CustomStringConvertible {
        case user(String)
        case uid(UInt32)
        case group(String)
        case gid(UInt32)

        public init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { return nil }
            switch parts[0] {
            case "user": self = .user(parts[1])
            case "group": self = .group(parts[1])
            case "uid": guard let id = UInt32(parts[1]) else { return nil }; self = .uid(id)
            case "gid": guard let id = UInt32(parts[1]) else { return nil }; self = .gid(id)
            default: return nil
            }
        }

        public var description: String {
            switch self {
            case .user(let name): "user:\(name)"
            case .uid(let id): "uid:\(id)"
            case .group(let name): "group:\(name)"
            case .gid(let id): "gid:\(id)"
            }
        }
    }

    /// The kiosk screen's user: its own screen and keys, nothing else.
    public var console: [Principal]
    /// Staff: the staff command line, after `kiosk login`.
    public var staff: [Principal]
    /// Health only: status and events without names, addresses or medication.
    public var monitor: [Principal]
    /// Set-up, besides root and hubd's own user.
    public var admin: [Principal]

    public init(console: [Principal] = [], staff: [Principal] = [], monitor: [Principal] = [], admin: [Principal] = []) {
        self.console = console
        self.staff = staff
        self.monitor = monitor
        self.admin = admin
    }
}
