import Foundation
import HTTPTypes
import HubAPI
import Hummingbird
import NIOCore

/// The dashboard's edge, before roles: bounds on the address and the form, the Host a browser
/// used (so a rebound DNS name cannot reach the hub), and for every change the Origin header
/// and the form token. Another site's page can make a browser post, but not with this origin,
/// and it cannot read the token.
struct CrossSiteGuard: RouterMiddleware {
    typealias Context = HubRequestContext

    let tokens: FormTokens
    let origin: DashboardOrigin

    static let maxTargetBytes = 2048
    static let maxQueryValueBytes = 200
    static let maxFormBytes = 16 * 1024
    static let maxFields = 20
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")
    /// Where a script would put the form token; the dashboard's own pages post forms.
    static let tokenHeader = HTTPField.Name("X-CSRF-Token")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try checkTarget(request)
        let authority = request.head.authority
        guard origin.admits(authority: authority) else { throw DashboardRefusal.wrongHost }
        guard ![.get, .head].contains(request.method) else { return try await next(request, context) }
        guard let sent = request.headers[.origin], origin.isOwn(sent, requestAuthority: authority) else { throw DashboardRefusal.crossSite }
        if let name = Self.fetchSite, let site = request.headers[name], !["same-origin", "none"].contains(site) {
            throw DashboardRefusal.crossSite
        }
        var request = request
        var context = context
        let header = Self.tokenHeader.flatMap { request.headers[$0] }
        if Self.isJSON(request) {
            guard Self.scriptPaths.contains(request.uri.path) else { throw DashboardRefusal.malformed("JSON hoort alleen bij de ronde (JSON is for the round only)") }
            guard DashboardCookies.token(DashboardCookies.browser, in: request) != nil else { throw DashboardRefusal.notPaired }
            try checkToken(header, request: request)
        } else {
            context.form = try await Self.form(&request)
            try checkToken(context.form["csrf"] ?? header, request: request)
        }
        return try await next(request, context)
    }

    /// The only paths that take JSON: the round's script posts it with its token in a header,
    /// and the route reads the body within its own bound. Another site's page cannot send this
    /// type without the browser asking first, and the origin was checked above.
    static let scriptPaths: Set<String> = [DashboardRoute.roundFetch, DashboardRoute.roundSync]

    private static func isJSON(_ request: Request) -> Bool {
        request.headers[.contentType]?.lowercased().hasPrefix("application/json") ?? false
    }

    private func checkTarget(_ request: Request) throws {
        guard request.uri.string.utf8.count <= Self.maxTargetBytes else { throw DashboardRefusal.tooLarge("het adres (the address)") }
        let query = request.uri.queryParameters
        guard query.count <= Self.maxFields else { throw DashboardRefusal.malformed("te veel parameters (too many parameters)") }
        for (_, value) in query where value.utf8.count > Self.maxQueryValueBytes {
            throw DashboardRefusal.tooLarge("een parameter (a parameter)")
        }
    }

    /// A browser without a pairing has no token to sign with; it may only ask to be paired.
    private func checkToken(_ given: String?, request: Request) throws {
        guard let browserToken = DashboardCookies.token(DashboardCookies.browser, in: request) else {
            guard request.uri.path == DashboardRoute.pair else { throw DashboardRefusal.formToken }
            return
        }
        guard let given, tokens.verify(given, for: browserToken) else { throw DashboardRefusal.formToken }
    }

    /// An `application/x-www-form-urlencoded` body, bounded in size and fields.
    static func form(_ request: inout Request) async throws -> [String: String] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxFormBytes {
            throw DashboardRefusal.tooLarge("het formulier (the form)")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxFormBytes)
        } catch {
            throw DashboardRefusal.tooLarge("het formulier (the form)")
        }
        guard buffer.readableBytes > 0 else { return [:] }
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw DashboardRefusal.malformed("het formulier (the form)")
        }
        return try fields(text)
    }

    static func fields(_ text: String) throws -> [String: String] {
        let pairs = text.split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= maxFields else { throw DashboardRefusal.malformed("te veel velden (too many fields)") }
        var fields: [String: String] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else {
                throw DashboardRefusal.malformed("het formulier (the form)")
            }
            fields[name] = value
        }
        return fields
    }

    private static func decode(_ part: Substring) -> String? {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

/// Where the dashboard is served, for the Host and Origin checks.
struct DashboardOrigin: Sendable {
    let scheme: String
    /// "host:port" as a browser writes it; `nil` when listening on every address, where the
    /// hub cannot know the name staff use.
    let authority: String?

    init(host: String, port: Int, tls: Bool) {
        scheme = tls ? "https" : "http"
        let wildcard = ["0.0.0.0", "::", "*"].contains(host)
        authority = wildcard ? nil : (host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)")
    }

    func admits(authority given: String?) -> Bool {
        guard let authority else { return true }
        return given == authority
    }

    /// The Origin a page of the dashboard itself sends: this scheme and the configured
    /// authority, or with a wildcard listener the authority the browser asked for.
    func isOwn(_ sent: String, requestAuthority: String?) -> Bool {
        guard let expected = authority ?? requestAuthority else { return false }
        return sent == "\(scheme)://\(expected)"
    }
}
