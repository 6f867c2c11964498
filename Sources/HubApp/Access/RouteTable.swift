import HTTPTypes
import Hummingbird
import Synchronization

/// Which access each route declared, keyed the way Hummingbird names a matched endpoint
/// (`context.endpointPath`), so the middleware finds a route's rule without matching paths itself.
public final class RouteTable: Sendable {
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        public var method: HTTPRequest.Method
        public var path: String

        public var description: String { "\(method) \(path)" }
    }

    private let entries = Mutex<[Key: Access]>([:])

    public init() {}

    func declare(_ method: HTTPRequest.Method, _ path: RouterPath, _ access: Access) {
        let key = Key(method: method, path: path.description)
        entries.withLock { table in
            precondition(table[key] == nil, "route \(key) declared twice")
            table[key] = access
        }
    }

    public func access(_ method: HTTPRequest.Method, endpoint: String) -> Access? {
        entries.withLock { $0[Key(method: method, path: endpoint)] }
    }

    public var declared: [Key: Access] { entries.withLock { $0 } }
}
