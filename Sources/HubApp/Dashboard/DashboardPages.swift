import HTTPTypes
import HubAPI
import Hummingbird
import Mustache
import NIOCore

/// The dashboard's templates, parsed once when the router is built, so a template error stops
/// hubd at start-up rather than on a page a coordinator opens.
struct DashboardPages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in DashboardTemplates.all {
            try library.register(text, named: name)
        }
        self.library = library
    }

    func response(_ template: String, _ page: Any, status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(page, withTemplate: template) ?? ""
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// The headers every dashboard answer carries. The policy allows the hub's own style sheet
/// and images and nothing else: no script, no frame, no form to another address. The round on
/// a tablet is the one page that runs a script, its own file only, talking only to the hub.
struct DashboardHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    static var roundPolicy: String {
        policy + "; script-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'"
    }

    static func policy(for path: String) -> String {
        [DashboardRoute.round, DashboardRoute.roundScript, DashboardRoute.roundWorker].contains(path) ? roundPolicy : policy
    }

    /// Headers HTTPTypes has no constant for. `same-origin`, not `no-referrer`: under
    /// `no-referrer` a browser sends `Origin: null` with its own forms, which the cross-site
    /// guard must refuse.
    static var extra: [(HTTPField.Name, String)] {
        [("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY")].compactMap { name, value in
            HTTPField.Name(name).map { ($0, value) }
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy(for: request.uri.path)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        for (name, value) in Self.extra {
            response.headers[name] = value
        }
        return response
    }
}
