import Hummingbird
import Inventory
import Logging

/// The one place that decides whether a request may reach its handler: it names the caller,
/// finds the access the matched route declared, and checks roles and the staff session.
/// A route with no declaration is closed.
public struct AuthorizationMiddleware: RouterMiddleware {
    public typealias Context = HubRequestContext

    let table: RouteTable
    let identifier: any CallerIdentifier
    let staff: StaffStore
    let logger: Logger

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let endpoint = context.endpointPath, let access = table.access(request.method, endpoint: endpoint) else {
            logger.error("route without an access declaration refused", metadata: ["method": "\(request.method)", "path": "\(request.uri.path)"])
            throw AccessDenied.undeclared()
        }
        var caller = await identifier.caller(for: request, context: context)
        try await admit(&caller, to: access, token: identifier.sessionToken(for: request))
        var context = context
        context.caller = caller
        return try await next(request, context)
    }

    private func admit(_ caller: inout Caller, to access: Access, token: String?) async throws {
        guard !caller.roles.isEmpty else {
            logger.warning("caller without a role refused", metadata: ["caller": "\(caller.summary)"])
            throw AccessDenied.noRole(caller)
        }
        guard access.admits(caller.roles) else {
            logger.warning("caller refused by role", metadata: ["caller": "\(caller.summary)", "needs": "\(access.rawValue)"])
            throw AccessDenied.wrongRole(access, caller)
        }
        if let token, caller.has(.staff) || caller.has(.admin) {
            caller.staff = try await session(token, for: caller, required: access.needsSession)
        }
        if access.needsSession, caller.staff == nil { throw AccessDenied.notLoggedIn(caller) }
        if access == .setup, caller.staff == nil {
            let firstStart = try await staff.count() == 0
            guard firstStart, caller.has(.admin) else { throw AccessDenied.notLoggedIn(caller) }
        }
    }

    /// A lapsed or foreign token is an error only where a session is needed; elsewhere the
    /// request just goes on without a staff member.
    private func session(_ token: String, for caller: Caller, required: Bool) async throws -> StaffActor? {
        do {
            return try await staff.authenticate(token: token, callerUID: caller.uid, browserID: caller.browserID)
        } catch {
            if required { throw error }
            return nil
        }
    }

    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return nil }
        let token = header.dropFirst("Bearer ".count)
        guard token.count <= 128 else { return nil }
        return String(token)
    }
}
