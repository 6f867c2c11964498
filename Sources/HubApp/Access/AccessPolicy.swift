import HubConfig
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// `[access]` resolved to numeric ids once at start-up, so a request costs no name lookups
/// beyond the caller's own groups.
public struct AccessPolicy: Sendable {
    struct Members: Sendable {
        var uids: Set<UInt32> = []
        var gids: Set<UInt32> = []

        func contains(uid: UInt32, groups: Set<UInt32>) -> Bool {
            uids.contains(uid) || !gids.isDisjoint(with: groups)
        }
    }

    private let members: [Role: Members]
    /// Root and the user hubd runs as: they own the data directory anyway.
    private let owners: Set<UInt32>

    public init(rules: AccessRules, ownUID: UInt32 = getuid(), logger: Logger) {
        var members: [Role: Members] = [:]
        let lists: [(Role, [AccessRules.Principal])] = [
            (.console, rules.console), (.staff, rules.staff), (.monitor, rules.monitor), (.admin, rules.admin),
        ]
        for (role, principals) in lists {
            members[role] = Self.resolve(principals, role: role, logger: logger)
        }
        self.members = members
        self.owners = [0, ownUID]
    }

    /// Every role the process behind `peer` has; empty means it may do nothing.
    public func roles(of peer: PeerCredentials) -> Set<Role> {
        if owners.contains(peer.uid) { return Set(Role.allCases).subtracting([.browser]) }
        let groups = Self.groups(of: peer)
        return Set(Role.allCases.filter { members[$0]?.contains(uid: peer.uid, groups: groups) ?? false })
    }

    private static func resolve(_ principals: [AccessRules.Principal], role: Role, logger: Logger) -> Members {
        var resolved = Members()
        for principal in principals {
            switch principal {
            case .uid(let id): resolved.uids.insert(id)
            case .gid(let id): resolved.gids.insert(id)
            case .user(let name):
                guard let id = SystemAccounts.uid(ofUser: name) else {
                    logger.warning("[access] names a user that does not exist", metadata: ["role": "\(role.rawValue)", "user": "\(name)"])
                    continue
                }
                resolved.uids.insert(id)
            case .group(let name):
                guard let id = SystemAccounts.gid(ofGroup: name) else {
                    logger.warning("[access] names a group that does not exist", metadata: ["role": "\(role.rawValue)", "group": "\(name)"])
                    continue
                }
                resolved.gids.insert(id)
            }
        }
        return resolved
    }

    /// The peer's primary group plus the supplementary groups of its user in the group database.
    private static func groups(of peer: PeerCredentials) -> Set<UInt32> {
        Set([peer.gid]).union(SystemAccounts.supplementaryGroups(ofUID: peer.uid, primary: peer.gid))
    }
}
