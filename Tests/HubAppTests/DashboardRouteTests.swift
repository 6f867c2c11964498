import Foundation
import HTTPTypes
import HubAPI
import HubApp
import Hummingbird
import HummingbirdTesting
import Inventory
import NIOCore
import Testing

/// The staff dashboard in process: pairing, login, the pages and their twins, and every kind of
/// bad request the issue names, each with the answer a browser or a person can act on.
@Suite struct DashboardRouteTests {
    static let pages = ["/today", "/stock", "/rides", "/signals", "/report", "/devices", "/audit", "/residents/{id}"]

    static let expected: [String: Access] = {
        var table: [String: Access] = [
            "GET /": .browser, "GET /style.css": .browser, "GET /pair": .browser, "POST /pair": .browser,
            "GET /login": .staffRole, "POST /login": .staffRole, "POST /logout": .staffRole,
            "GET /report.csv": .staff, "GET /chart/deliveries.svg": .staff, "GET /chart/contact.svg": .staff, "GET /api/openapi.json": .staff,
            "GET /round": .staff, "GET /round.js": .staff, "GET /round-worker.js": .staff, "POST /api/round": .staff, "POST /api/round/sync": .staff,
        ]
        for page in pages {
            table["GET \(page)"] = .staff
            table["GET /api\(page)"] = .staff
        }
        return table
    }()

    @Test func everyDashboardRouteDeclaresItsAccess() async throws {
        let (rig, _) = try await DashboardTestHub.make()
        let routes = rig.routes
        let table = Dictionary(uniqueKeysWithValues: rig.table.declared.map { ($0.key.description, $0.value) })
        #expect(Set(table.keys) == routes)
        #expect(table == Self.expected)
    }

    @Test func anUnpairedBrowserReachesNothingButThePairingPage() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            for route in Self.expected.keys.sorted() where route.hasPrefix("GET ") {
                let path = String(route.dropFirst(4)).replacingOccurrences(of: "{id}", with: "1")
                let response = try await client.execute(uri: path, method: .get, headers: [:])
                if ["/pair", "/style.css", "/"].contains(path) {
                    #expect(response.status == (path == "/" ? .seeOther : .ok), "\(path)")
                    continue
                }
                if path.hasPrefix("/api/") {
                    #expect(response.status == .forbidden, "\(path)")
                    #expect(String(buffer: response.body).contains("wrong-role"))
                } else {
                    #expect(response.status == .seeOther, "\(path)")
                    #expect(response.headers[.location] == "/pair", "\(path)")
                }
            }
        }
    }

    @Test func aBrowserIsPairedAtTheKioskAndStaffLogInWithTheirPIN() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            var jar = BrowserJar()
            let (headers, body) = jar.form([:])
            let asked = try await client.execute(uri: "/pair", method: .post, headers: headers, body: body)
            #expect(asked.status == .seeOther)
            let cookie = try #require(asked.headers[values: .setCookie].first { $0.hasPrefix("bh_browser=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            jar.absorb(asked)
            let waiting = String(buffer: try await client.execute(uri: "/pair", method: .get, headers: jar.headers).body)
            let code = try #require(waiting.firstMatch(of: /id="code">([0-9]{6})</)?.1)
            #expect(try await client.execute(uri: "/login", method: .get, headers: jar.headers).headers[.location] == "/pair")
            _ = try await rig.hub.stores.browsers.approve(code: String(code), by: rig.actor)
            jar.absorb(try await client.execute(uri: "/login", method: .get, headers: jar.headers))
            #expect(jar.csrf.count == 64)
            let wrong = jar.form(["csrf": jar.csrf, "staff": "\(rig.staff.id)", "pin": "0000"])
            let refused = try await client.execute(uri: "/login", method: .post, headers: wrong.0, body: wrong.1)
            #expect(refused.status == .unauthorized)
            #expect(String(buffer: refused.body).contains("Inloggen lukte niet"))
            let right = jar.form(["csrf": jar.csrf, "staff": "\(rig.staff.id)", "pin": DashboardTestHub.pin])
            let loggedIn = try await client.execute(uri: "/login", method: .post, headers: right.0, body: right.1)
            #expect(loggedIn.status == .seeOther)
            #expect(loggedIn.headers[.location] == "/today")
            jar.absorb(loggedIn)
            let today = try await client.execute(uri: "/today", method: .get, headers: jar.headers)
            #expect(today.status == .ok)
            #expect(String(buffer: today.body).contains("<h1>Vandaag</h1>"))
            #expect(String(buffer: today.body).contains("Anna"))
        }
    }

    @Test func everyPageAndItsTwinAnswerALoggedInStaffMember() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        let resident = try await rig.hub.stores.residents.add(
            ResidentFields(reference: "BZ-1", name: "<b>Jan</b>", street: "Brink", houseNumber: "1", postcode: "7411 AA", town: "Deventer"),
            by: rig.actor
        )
        let residentID = try #require(resident.id)
        try await app.test(.router) { client in
            let jar = try await loggedIn(rig, client)
            for page in Self.pages {
                let path = page.replacingOccurrences(of: "{id}", with: "\(residentID)")
                let html = try await client.execute(uri: path, method: .get, headers: jar.headers)
                #expect(html.status == .ok, "\(path): \(String(buffer: html.body).prefix(300))")
                #expect(html.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                let twin = try await client.execute(uri: "/api" + path, method: .get, headers: jar.headers)
                #expect(twin.status == .ok, "/api\(path)")
                #expect(twin.headers[.contentType] == "application/json")
            }
            let page = String(buffer: try await client.execute(uri: "/residents/\(residentID)", method: .get, headers: jar.headers).body)
            #expect(page.contains("&lt;b&gt;Jan&lt;/b&gt;") && !page.contains("<b>Jan"))
            _ = try await rig.hub.stores.signals.add(.init(resident: "BZ-1", category: "other", text: "<i>deur open</i>"), by: rig.actor)
            let signals = String(buffer: try await client.execute(uri: "/signals", method: .get, headers: jar.headers).body)
            #expect(signals.contains("&lt;i&gt;deur open&lt;/i&gt;") && !signals.contains("<i>deur"), "a signal's text is escaped for HTML")
        }
        let looks = try await rig.hub.stores.audit.entries(residentID: residentID).filter { $0.action == "resident.timeline" }
        #expect(looks.count == 3, "the page twice and its twin once, each look audited")
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheTwins() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            let jar = try await loggedIn(rig, client)
            let response = try await client.execute(uri: "/api/openapi.json", method: .get, headers: jar.headers)
            let document = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            let paths = try #require(document?["paths"] as? [String: [String: Any]])
            let described = Set(paths.flatMap { path, item in item.keys.map { "\($0.uppercased()) \(path)" } })
            let routed = Set(rig.table.declared.keys.map(\.description).filter { $0.contains(" /api/") && !$0.hasSuffix("openapi.json") })
            #expect(described == routed)
        }
    }

    @Test func aCrossSiteOrForgedFormIsRefused() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            let jar = try await loggedIn(rig, client)
            let fields = ["csrf": jar.csrf]
            let foreign = jar.form(fields, origin: "http://evil.example")
            let crossSite = try await client.execute(uri: "/logout", method: .post, headers: foreign.0, body: foreign.1)
            #expect(crossSite.status == .forbidden)
            #expect(String(buffer: crossSite.body).contains("niet van het dashboard"))
            var noOrigin = jar.form(fields)
            noOrigin.0[.origin] = nil
            #expect(try await client.execute(uri: "/logout", method: .post, headers: noOrigin.0, body: noOrigin.1).status == .forbidden)
            var fetchedCrossSite = jar.form(fields)
            fetchedCrossSite.0[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            #expect(try await client.execute(uri: "/logout", method: .post, headers: fetchedCrossSite.0, body: fetchedCrossSite.1).status == .forbidden)
            let forged = jar.form(["csrf": String(repeating: "0", count: 64)])
            let refused = try await client.execute(uri: "/logout", method: .post, headers: forged.0, body: forged.1)
            #expect(refused.status == .forbidden)
            #expect(String(buffer: refused.body).contains("laad de pagina opnieuw"))
            #expect(try await client.execute(uri: "/today", method: .get, headers: jar.headers).status == .ok, "still logged in")
        }
    }

    @Test func forgedExpiredAndRevokedCredentialsLeadBackToPairingOrLogin() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            var jar = try await loggedIn(rig, client)
            var forged = jar
            forged.cookies["bh_session"] = String(repeating: "a", count: 64)
            #expect(try await client.execute(uri: "/today", method: .get, headers: forged.headers).headers[.location] == "/login")
            forged.cookies["bh_browser"] = "not-a-token\u{7f}"
            #expect(try await client.execute(uri: "/today", method: .get, headers: forged.headers).headers[.location] == "/pair")
            rig.clock.advance(seconds: 3600)
            let lapsed = try await client.execute(uri: "/today", method: .get, headers: jar.headers)
            #expect(lapsed.headers[.location] == "/login")
            #expect(lapsed.headers[values: .setCookie].contains { $0.hasPrefix("bh_session=;") })
            jar = try await loggedIn(rig, client, jar: jar)
            let browsers = try await rig.hub.stores.browsers.list()
            _ = try await rig.hub.stores.browsers.revoke(id: try #require(browsers.first?.id), by: rig.actor)
            #expect(try await client.execute(uri: "/today", method: .get, headers: jar.headers).headers[.location] == "/pair")
            let pair = String(buffer: try await client.execute(uri: "/pair", method: .get, headers: jar.headers).body)
            #expect(pair.contains("ingetrokken"))
        }
    }

    @Test func oversizedAndMalformedParametersGetAClearAnswer() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            let jar = try await loggedIn(rig, client)
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/report?month=" + String(repeating: "9", count: 300), .contentTooLarge, "te groot"),
                ("/report?" + (1...30).map { "p\($0)=1" }.joined(separator: "&"), .badRequest, "te veel"),
                ("/report?month=2026-13", .badRequest, "2026-13"),
                ("/report?month=2099-01", .badRequest, "toekomst"),
                ("/report?month=2026-11&year=2026", .badRequest, "one period"),
                ("/api/report?quarter=2026-Q7", .badRequest, "2026-Q7"),
                ("/residents/abc", .badRequest, "abc"),
                ("/api/residents/99999", .notFound, "99999"),
                ("/chart/deliveries.svg?months=0", .badRequest, "1 to 120"),
                ("/nowhere", .notFound, "bestaat niet"),
                ("/" + String(repeating: "x", count: 3000), .contentTooLarge, "te groot"),
            ]
            for (path, status, text) in cases {
                let response = try await client.execute(uri: path, method: .get, headers: jar.headers)
                #expect(response.status == status, "\(path.prefix(60)): \(response.status)")
                #expect(String(buffer: response.body).contains(text), "\(path.prefix(60)): \(String(buffer: response.body).prefix(200))")
            }
        }
    }

    @Test func theChartIsAnSVGWithItsTable() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            let jar = try await loggedIn(rig, client)
            let chart = try await client.execute(uri: "/chart/deliveries.svg?months=3", method: .get, headers: jar.headers)
            #expect(chart.headers[.contentType] == "image/svg+xml")
            let svg = String(buffer: chart.body)
            #expect(svg.contains("<title id=") && svg.contains("<desc id=") && svg.contains("Geen leveringen"))
        }
    }

    @Test func theReportDownloadsAsCSV() async throws {
        let (rig, app) = try await DashboardTestHub.make()
        try await app.test(.router) { client in
            let jar = try await loggedIn(rig, client)
            let csv = try await client.execute(uri: "/report.csv?quarter=2026-Q3", method: .get, headers: jar.headers)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"rapport-2026-Q3.csv\"")
            #expect(String(buffer: csv.body).hasPrefix("period,section,item,count,unique residents,cents"))
        }
    }

    private func loggedIn(_ rig: DashboardTestHub, _ client: some TestClientProtocol, jar: BrowserJar? = nil) async throws -> BrowserJar {
        try await rig.logIn(client, jar: jar)
    }
}
