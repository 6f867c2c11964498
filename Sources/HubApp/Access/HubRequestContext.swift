import Hummingbird
import Inventory
import NIOCore

/// Hummingbird's context plus who is calling. `caller` is filled by `AuthorizationMiddleware`
/// before any handler runs; a handler never decides who the caller is.
public struct HubRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection, for the peer's credentials.
    let channel: any Channel
    public var caller: Caller = .nobody
    /// A dashboard form's fields, read once by `CrossSiteGuard` after it checked the form's
    /// origin and token; empty everywhere else.
    public var form: [String: String] = [:]

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// The staff member acting. Routes declared `.staff` always have one; elsewhere it refuses
    /// like a missing login.
    public func staff() throws -> StaffActor {
        guard let actor = caller.staff else { throw AccessDenied.notLoggedIn(caller) }
        return actor
    }
}
