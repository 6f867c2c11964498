import Foundation
import HubAPI

/// The OpenAPI 3.1 document of the dashboard's JSON twins, served at /api/openapi.json. It is
/// written out here rather than derived from the router, so a test can hold the two against
/// each other: a twin added without its description, or described and gone, fails that test.
enum DashboardOpenAPI {
    struct Document: Encodable {
        var openapi = "3.1.0"
        var info = Info()
        var paths: [String: PathItem]
        var components = Components()
    }

    struct Info: Encodable {
        var title = "buurhub dashboard"
        var version = "1"
        var description = "The JSON twin of each staff dashboard page. Every call needs a paired browser and a staff login (cookies)."
    }

    struct PathItem: Encodable {
        var get: Operation?
        var post: Operation?
    }

    struct Operation: Encodable {
        var operationId: String
        var summary: String
        var parameters: [Parameter]?
        var security = [["browser": [String](), "session": [String]()]]
        var responses: [String: Reply]
    }

    struct Parameter: Encodable {
        var name: String
        var `in`: String
        var required: Bool
        var description: String
        var schema: Schema
    }

    struct Schema: Encodable {
        var type: String
        var pattern: String?
        var minimum: Int?
    }

    struct Reply: Encodable {
        var description: String
    }

    struct Components: Encodable {
        struct CookieScheme: Encodable {
            var type = "apiKey"
            var `in` = "cookie"
            var name: String
        }

        var securitySchemes = [
            "browser": CookieScheme(name: DashboardCookies.browser), "session": CookieScheme(name: DashboardCookies.session),
        ]
    }

    static let twins: [(path: String, summary: String, parameters: [Parameter])] = [
        (DashboardRoute.today, "Today's parcels: on the list, without a resident, on the round, cold chain overdue", []),
        (DashboardRoute.stock, "Stock levels, the reorder list and loans due within two weeks", []),
        (DashboardRoute.rides, "Open rides and the review queue", []),
        (DashboardRoute.signals, "Signals not closed, due first, and residents without personal contact for two weeks; each call is audited", []),
        (DashboardRoute.report, "One period's figures and twelve months of deliveries", periodParameters),
        (DashboardRoute.devices, "Devices, their state and drops, and storage health", []),
        (DashboardRoute.audit, "The newest audit rows and whether the chain is intact", []),
        (DashboardRoute.resident, "One resident's timeline; each call is audited", [
            Parameter(name: "id", in: "path", required: true, description: "The resident's number", schema: Schema(type: "integer", minimum: 1)),
        ]),
    ]

    /// The round on a tablet: JSON in, JSON out, with the form token in `X-CSRF-Token`.
    static let posts: [(path: String, id: String, summary: String)] = [
        (DashboardRoute.roundFetch, "round-fetch", "Today's round for this browser, given the logged-in staff member's PIN as {\"pin\"}; audited"),
        (DashboardRoute.roundSync, "round-sync", "What the tablet recorded at the doors as {\"entries\"}, numbered from the round's next_seq; each number is taken once"),
    ]

    static let periodParameters = [
        Parameter(name: "month", in: "query", required: false, description: "YYYY-MM", schema: Schema(type: "string", pattern: "^[0-9]{4}-[0-9]{2}$")),
        Parameter(name: "quarter", in: "query", required: false, description: "YYYY-Qn", schema: Schema(type: "string", pattern: "^[0-9]{4}-Q[1-4]$")),
        Parameter(name: "year", in: "query", required: false, description: "YYYY", schema: Schema(type: "string", pattern: "^[0-9]{4}$")),
        Parameter(name: "from", in: "query", required: false, description: "YYYY-MM-DD, with to", schema: Schema(type: "string")),
        Parameter(name: "to", in: "query", required: false, description: "YYYY-MM-DD, with from", schema: Schema(type: "string")),
    ]

    static var document: Document {
        var paths: [String: PathItem] = [:]
        for twin in twins {
            let replies = [
                "200": Reply(description: "The page's data"), "400": Reply(description: "A parameter not understood"),
                "401": Reply(description: "No staff login"), "403": Reply(description: "Not a paired browser"),
                "404": Reply(description: "No such resident"),
            ]
            let id = twin.path.split(separator: "/").filter { !$0.hasPrefix("{") }.joined(separator: "-")
            paths[DashboardRoute.api(twin.path)] = PathItem(get: Operation(
                operationId: id.isEmpty ? "root" : id, summary: twin.summary, parameters: twin.parameters.isEmpty ? nil : twin.parameters,
                responses: replies
            ))
        }
        for post in posts {
            paths[post.path] = PathItem(post: Operation(operationId: post.id, summary: post.summary, responses: [
                "200": Reply(description: "The round, or an answer for every entry sent"), "400": Reply(description: "A body not understood"),
                "401": Reply(description: "No staff login, or a wrong PIN"), "403": Reply(description: "Not a paired browser, or no form token"),
                "409": Reply(description: "An entry number skipped, or no round fetched"),
            ]))
        }
        return Document(paths: paths)
    }

    static func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
