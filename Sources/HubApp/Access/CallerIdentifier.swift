import Hummingbird

/// Says who is behind a request, from facts the caller cannot forge. The socket's identifier
/// asks the kernel; the LAN dashboard and the central link will bring their own.
public protocol CallerIdentifier: Sendable {
    func caller(for request: Request, context: HubRequestContext) async -> Caller
}

/// Callers on the Unix socket, known by `SO_PEERCRED` and given roles by `[access]`.
public struct PeerCredentialIdentifier: CallerIdentifier {
    let policy: AccessPolicy

    public init(policy: AccessPolicy) {
        self.policy = policy
    }

    public func caller(for request: Request, context: HubRequestContext) async -> Caller {
        guard let peer = await PeerCredentials.read(from: context.channel) else { return .nobody }
        return Caller(kind: .socket(peer), roles: policy.roles(of: peer))
    }
}
