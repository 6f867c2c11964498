import Foundation
import HTTPTypes
import HubApp
import HubConfig
import Hummingbird
import HummingbirdTesting
import Inventory
import Logging
import NIOCore
import Synchronization
import Testing

/// A hub with the dashboard's router in process, one staff member, and a clock the test moves.
/// The application is handed out apart (`make`), because a router is not `Sendable` and the
/// test's closures capture the rest.
struct DashboardTestHub: Sendable {
    /// The router test client names itself "localhost"; a wildcard listener takes that name.
    static let origin = "http://localhost"
    static let pin = "2468"

    let hub: Hub
    let table: RouteTable
    /// "METHOD path" of every route the router holds.
    let routes: Set<String>
    let staff: StaffMember
    let clock: TestClock

    static func make() async throws -> (DashboardTestHub, Application<RouterResponder<HubRequestContext>>) {
        let table = RouteTable()
        var router: Router<HubRequestContext>?
        let rig = try await DashboardTestHub(table: table) { hub in
            let made = try hub.makeDashboardRouter(table: table)
            router = made
            return Set(made.routes.map { "\($0.method) \($0.path)" })
        }
        return (rig, Application(router: try #require(router)))
    }

    private init(table: RouteTable, router: (Hub) throws -> Set<String>) async throws {
        let directory = NSTemporaryDirectory() + "bh-dashboard-" + String(UUID().uuidString.prefix(8))
        let text = """
            [hub]
            name = "dashboard test"
            data_dir = "\(directory)"
            [kiosk]
            pin_kdf_rounds = 1024
            [dashboard]
            listen = "0.0.0.0:8089"
            """
        let configuration = try ConfigLoader.parse(text: text, file: "hubd.toml")
        let clock = TestClock()
        self.clock = clock
        let calendar = HubCalendar(timeZone: TimeZone(identifier: "Europe/Amsterdam") ?? .current, now: { clock.now })
        hub = try Hub(configuration: configuration, simulate: false, calendar: calendar, logger: Logger(label: "dashboard-test"))
        self.table = table
        routes = try router(hub)
        staff = try await hub.stores.staff.add(name: "Anna", pin: Self.pin, pass: PassDigest(bytes: Data(repeating: 9, count: 32)), by: nil)
    }

    var actor: StaffActor { StaffActor(id: staff.id, name: staff.name) }

    /// A browser that asked and was approved, as the kiosk would: its cookie header.
    func pairedBrowser() async throws -> String {
        let pairing = try await hub.stores.browsers.request(label: "test tablet")
        _ = try await hub.stores.browsers.approve(code: pairing.code, by: actor)
        return pairing.token
    }
}

extension DashboardTestHub {
    /// Pairs a browser, reads the login page and logs Anna in, like a person on a tablet.
    func logIn(_ client: some TestClientProtocol, jar: BrowserJar? = nil) async throws -> BrowserJar {
        var jar = jar ?? BrowserJar()
        if jar.cookies["bh_browser"] == nil { jar.cookies["bh_browser"] = try await pairedBrowser() }
        jar.absorb(try await client.execute(uri: "/login", method: .get, headers: jar.headers))
        let form = jar.form(["csrf": jar.csrf, "staff": "\(staff.id)", "pin": Self.pin])
        let response = try await client.execute(uri: "/login", method: .post, headers: form.0, body: form.1)
        #expect(response.status == .seeOther)
        jar.absorb(response)
        return jar
    }
}

/// The hub's clock in a test: starts at a fixed morning and moves only when told.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_796_540_400))

    var now: Date { current.withLock { $0 } }

    func advance(seconds: Double) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// What a browser keeps between requests: its cookies, and the form token of the last page.
struct BrowserJar {
    var cookies: [String: String] = [:]
    var csrf = ""

    var headers: HTTPFields {
        var fields: HTTPFields = [:]
        if !cookies.isEmpty { fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return fields
    }

    /// Takes the cookies a response sets (an empty value with Max-Age=0 removes one) and the
    /// form token of a page.
    mutating func absorb(_ response: TestResponse) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
        let body = String(buffer: response.body)
        if let range = body.range(of: #"name="csrf" value=""#), let end = body[range.upperBound...].firstIndex(of: "\"") {
            csrf = String(body[range.upperBound..<end])
        }
    }

    /// A JSON post from the round's script: the form token in its header.
    func json(_ body: String, token: String? = nil) -> (HTTPFields, ByteBuffer) {
        var headers = self.headers
        headers[.origin] = DashboardTestHub.origin
        headers[.contentType] = "application/json"
        headers[.acceptLanguage] = "nl"
        if let name = HTTPField.Name("X-CSRF-Token") { headers[name] = token ?? csrf }
        return (headers, ByteBuffer(string: body))
    }

    /// A form post from the dashboard's own page.
    func form(_ fields: [String: String], origin: String = DashboardTestHub.origin) -> (HTTPFields, ByteBuffer) {
        var headers = self.headers
        headers[.origin] = origin
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        return (headers, ByteBuffer(string: body))
    }
}
