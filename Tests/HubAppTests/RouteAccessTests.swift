import Foundation
import HTTPTypes
import HubApp
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route declares its access, and every kind of caller gets exactly what that access allows.
@Suite struct RouteAccessTests {
    /// The access each route must have. A new route fails `everyRouteDeclaresItsAccess` until it
    /// is added here, so nobody adds a route without deciding who may call it.
    static let expected: [String: Access] = [
        "GET /v1/status": .monitor, "GET /v1/devices": .monitor, "GET /v1/events": .monitor, "GET /metrics": .monitorRole,
        "POST /v1/simulate/scan": .admin, "POST /v1/simulate/tap": .admin, "POST /v1/simulate/terminal": .admin,
        "GET /v1/console/screen": .console, "POST /v1/console/key": .console,
        "POST /v1/console/entry": .console, "POST /v1/console/reset": .console,
        "POST /v1/staff": .setup, "GET /v1/staff": .staff,
        "POST /v1/staff/login": .staffRole, "DELETE /v1/staff/login": .staffRole,
        "GET /v1/services": .staffRole, "POST /v1/services": .staff,
        "GET /v1/parcels": .staff, "POST /v1/parcels/assign": .staff, "POST /v1/parcels/deliver": .staff,
        "POST /v1/manifests": .staff, "GET /v1/today": .staff,
        "GET /v1/residents": .staff, "POST /v1/residents": .staff, "GET /v1/residents/{key}": .staff,
        "PATCH /v1/residents/{key}": .staff, "GET /v1/residents/{key}/timeline": .staff,
        "GET /v1/proxies": .staff, "POST /v1/proxies": .staff, "DELETE /v1/proxies/{id}": .staff,
        "GET /v1/signals": .staff, "POST /v1/signals": .staff, "PATCH /v1/signals/{id}": .staff,
        "POST /v1/signals/{id}/close": .staff, "POST /v1/signals/{id}/handover": .staff,
        "POST /v1/visits": .staff, "GET /v1/residents-quiet": .staff,
        "POST /v1/passes/enroll": .staff, "POST /v1/passes/{id}/block": .staff, "GET /v1/passes": .staff,
        "GET /v1/rides": .staff, "GET /v1/reviews": .staff, "POST /v1/reviews/{id}/resolve": .staff, "POST /v1/credit": .staff,
        "GET /v1/reports": .staff, "GET /v1/reports/deliveries": .staff, "POST /v1/reports/close": .staff, "GET /v1/invoices/supplier": .staff, "GET /v1/invoices/residents": .staff, "GET /v1/invoices/rates": .staff, "POST /v1/invoices/rates": .staff, "GET /v1/audit": .staff, "GET /v1/audit/verify": .staff, "GET /v1/backups": .staff, "POST /v1/backups": .staff,
        "GET /v1/residents/{key}/export": .staff, "POST /v1/residents/{key}/erase": .staff, "POST /v1/retention/purge": .staff,
        "POST /v1/payments": .staff, "GET /v1/payments": .staff, "POST /v1/payments/abort": .staff,
        "POST /v1/payments/close-day": .staff,
        "GET /v1/stock/articles": .staff, "POST /v1/stock/articles": .staff, "POST /v1/stock/articles/import": .staff,
        "GET /v1/stock/levels": .staff, "GET /v1/stock/movements": .staff, "GET /v1/stock/reorder": .staff,
        "GET /v1/stock/reorder/slip": .staff, "POST /v1/stock/reorder/slip": .staff, "GET /v1/stock/loans": .staff,
        "POST /v1/stock/loans/extend": .staff, "GET /v1/stock/expiring": .staff, "POST /v1/stock/cleaning/start": .staff,
        "GET /v1/stock/statement": .staff, "GET /v1/stock/desk": .staff, "POST /v1/stock/desk/start": .staff,
        "POST /v1/stock/desk/undo": .staff, "POST /v1/stock/desk/quantity": .staff, "POST /v1/stock/desk/confirm": .staff,
        "POST /v1/stock/desk/cancel": .staff, "GET /v1/stock/desk/compare": .staff, "GET /v1/stock/stocktake": .staff,
        "POST /v1/stock/stocktake/apply": .staff,
        "GET /v1/dashboard/browsers": .staff, "POST /v1/dashboard/browsers/approve": .staff,
        "POST /v1/dashboard/browsers/{id}/revoke": .staff,
    ]

    /// The kinds of caller: roles from the test header, and whether the request carries the
    /// staff session that belongs to the caller's uid.
    enum Kind: String, CaseIterable {
        case nobody, console, monitor, staffWithoutSession, staffSession, admin
    }

    /// Who gets past each access, written out rather than computed from the middleware's own rule.
    static let admitted: [Access: Set<Kind>] = [
        .monitor: [.console, .monitor, .staffWithoutSession, .staffSession, .admin],
        .monitorRole: [.monitor, .admin],
        .console: [.console, .admin],
        .staffRole: [.staffWithoutSession, .staffSession, .admin],
        .staff: [.staffSession],
        .setup: [.staffSession],
        .admin: [.admin],
        .browser: [],
    ]

    @Test func everyRouteDeclaresItsAccess() async throws {
        let rig = try await RouteTestHub()
        let routes = Set(rig.router.routes.map { "\($0.method) \($0.path)" })
        let declared = rig.table.declared
        for route in routes {
            #expect(declared.keys.contains { $0.description == route }, "route \(route) has no declared access")
        }
        let table = Dictionary(uniqueKeysWithValues: declared.map { ($0.key.description, $0.value) })
        #expect(Set(table.keys) == routes)
        #expect(table == Self.expected, "declared access differs from the expected table")
    }

    @Test func everyCallerGetsExactlyWhatItsRoleAllows() async throws {
        let rig = try await RouteTestHub()
        let token = rig.token
        let app = Application(router: rig.router)
        try await app.test(.router) { client in
            // Logging out ends the session the other calls use, so it goes last.
            let logout = "DELETE /v1/staff/login"
            let order = Self.expected.sorted { ($0.key == logout ? 1 : 0, $0.key) < ($1.key == logout ? 1 : 0, $1.key) }
            for (route, access) in order {
                for kind in Kind.allCases {
                    let allowed = Self.admitted[access, default: []].contains(kind)
                    // A live feed that is let in never ends; its refusals are what this test can see.
                    if allowed, route == "GET /v1/events" { continue }
                    let status = try await call(route, as: kind, token: token, client: client)
                    let refused = status == .unauthorized || status == .forbidden
                    #expect(refused == !allowed, "\(route) as \(kind.rawValue): \(status.code)")
                }
            }
        }
    }

    @Test func aRouteWithoutADeclarationIsClosed() async throws {
        let rig = try await RouteTestHub()
        let router = Router(context: HubRequestContext.self)
        router.group().add(middleware: rig.hub.authorization(identifier: HeaderCallerIdentifier(), table: RouteTable()))
            .get("/v1/forgotten") { _, _ in "open" }
        let app = Application(router: router)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/forgotten", method: .get, headers: [HeaderCallerIdentifier.header: "admin"]) { response in
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("undeclared-route"))
            }
        }
    }

    @Test func aSessionShownByAnotherUIDCountsAsNoSession() async throws {
        let rig = try await RouteTestHub()
        let token = rig.token
        let other = Application(router: rig.hub.makeRouter(identifier: OtherUIDIdentifier()))
        try await other.test(.router) { client in
            let headers: HTTPFields = [HeaderCallerIdentifier.header: "staff", .authorization: "Bearer \(token)"]
            try await client.execute(uri: "/v1/residents", method: .get, headers: headers) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    private func call(_ route: String, as kind: Kind, token: String, client: some TestClientProtocol) async throws -> HTTPResponse.Status {
        let parts = route.split(separator: " ", maxSplits: 1)
        let method = HTTPRequest.Method(String(parts[0]))!
        let path = String(parts[1]).replacingOccurrences(of: "{key}", with: "BZ-404").replacingOccurrences(of: "{id}", with: "404")
        var headers: HTTPFields = [.contentType: "application/json"]
        switch kind {
        case .nobody: break
        case .console: headers[HeaderCallerIdentifier.header] = "console"
        case .monitor: headers[HeaderCallerIdentifier.header] = "monitor"
        case .staffWithoutSession: headers[HeaderCallerIdentifier.header] = "staff"
        case .staffSession:
            headers[HeaderCallerIdentifier.header] = "staff"
            headers[.authorization] = "Bearer \(token)"
        case .admin: headers[HeaderCallerIdentifier.header] = "admin"
        }
        let body = method == .get || method == .delete ? nil : ByteBuffer(string: "{}")
        return try await client.execute(uri: path, method: method, headers: headers, body: body) { $0.status }
    }
}

/// The same roles as the header says, but another uid than the one that logged in.
private struct OtherUIDIdentifier: CallerIdentifier {
    func caller(for request: Request, context: HubRequestContext) async -> Caller {
        Caller(kind: .socket(PeerCredentials(pid: 2, uid: 5151, gid: 5151)), roles: [.staff])
    }
}
