import Hummingbird

/// Says who is behind a request, from facts the caller cannot forge. The socket's identifier
/// asks the kernel; the LAN dashboard reads its pairing cookie.
public protocol CallerIdentifier: Sendable {
    func caller(for request: Request, context: HubRequestContext) async -> Caller
    /// The staff session token the request carries, if any: a bearer token on the socket, a
    /// cookie in a browser.
    func sessionToken(for request: Request) -> String?
}

extension CallerIdentifier {
    public func sessionToken(for request: Request) -> String? {
        AuthorizationMiddleware.bearerToken(request)
    }
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
