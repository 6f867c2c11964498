import HTTPTypes
import Hummingbird

/// One area of the API (parcels, residents, stock, …): a `RouterGroup` whose every route must
/// say which access it needs. There is no way to add a route here without one.
public struct APIArea: Sendable {
    public typealias Handler = @Sendable (Request, HubRequestContext) async throws -> Response

    let group: RouterGroup<HubRequestContext>
    let prefix: String
    let table: RouteTable

    /// `prefix` is the area's part of the `APIRoute` paths, e.g. "/v1/stock".
    init(_ prefix: String, in root: RouterGroup<HubRequestContext>, table: RouteTable) {
        self.prefix = prefix
        self.group = root.group(RouterPath(prefix))
        self.table = table
    }

    /// `path` is the whole `APIRoute` path, so hubd and kiosk share one spelling of it.
    public func get(_ path: String, _ access: Access, use handler: @escaping Handler) {
        on(path, .get, access, handler)
    }

    public func post(_ path: String, _ access: Access, use handler: @escaping Handler) {
        on(path, .post, access, handler)
    }

    public func patch(_ path: String, _ access: Access, use handler: @escaping Handler) {
        on(path, .patch, access, handler)
    }

    public func delete(_ path: String, _ access: Access, use handler: @escaping Handler) {
        on(path, .delete, access, handler)
    }

    private func on(_ path: String, _ method: HTTPRequest.Method, _ access: Access, _ handler: @escaping Handler) {
        precondition(path.hasPrefix(prefix), "\(path) lies outside the area \(prefix)")
        table.declare(method, RouterPath(path), access)
        group.on(RouterPath(String(path.dropFirst(prefix.count))), method: method, use: handler)
    }
}
