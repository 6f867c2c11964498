import Inventory

/// Who is asking. Decided once per request by the authorisation middleware, from facts the
/// caller cannot forge; handlers read it, they never work it out themselves.
public struct Caller: Sendable {
    /// How the caller reached hubd. The central link will become a further kind.
    public enum Kind: Sendable {
        case socket(PeerCredentials)
        /// A browser on the dashboard's LAN listener, known by the pairing token in its cookie.
        case browser(BrowserStanding)
        /// A channel with no peer credentials: nobody hubd can name, so no role.
        case unidentified
    }

    public var kind: Kind
    public var roles: Set<Role>
    /// The staff member whose live session the request carries, bound to the uid that made it.
    public var staff: StaffActor?

    public init(kind: Kind, roles: Set<Role>, staff: StaffActor? = nil) {
        self.kind = kind
        self.roles = roles
        self.staff = staff
    }

    public static let nobody = Caller(kind: .unidentified, roles: [])

    /// The uid a staff session is bound to; `nil` where the kernel could not say.
    public var uid: UInt32? {
        if case .socket(let peer) = kind { return peer.uid }
        return nil
    }

    /// The paired browser a dashboard session is bound to.
    public var browserID: Int64? {
        if case .browser(.paired(let id)) = kind { return id }
        return nil
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// For the journal: never a name, only what the kernel said.
    public var summary: String {
        let roleList = roles.isEmpty ? "no role" : roles.sorted().map(\.rawValue).joined(separator: "+")
        switch kind {
        case .socket(let peer): return "\(peer) (\(roleList))"
        case .browser(.paired(let id)): return "browser \(id) (\(roleList))"
        case .browser: return "unpaired browser (\(roleList))"
        case .unidentified: return "unidentified (\(roleList))"
        }
    }
}
