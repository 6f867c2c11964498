import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle
import Synchronization

/// Serves a router as Hummingbird's `Application.run()` does (the same server, responder
/// context, error answer and headers), without the timer inside it and without its per-request
/// `hb.request.id` log metadata, which nothing in the hub reads.
///
/// `Application.run()` starts a `DateCache` that reformats the `Date` header every second,
/// which kept an idle hub waking several times a second (its timer, then a pool thread; issue
/// 16 counted 6.8 wakeups a second, 1.0 without it). The hub answers a handful of requests a
/// minute, so the header is formatted when a response needs it, at most once a second
/// (`HTTPDate`).
/// Tests keep using `Application` with HummingbirdTesting: the routes are the same router.
struct RouterService<Responder: HTTPResponder>: Service
where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let responder: Responder
    let server: HTTPServerBuilder
    let configuration: ServerConfiguration
    let onServerRunning: @Sendable (any Channel) async -> Void
    let logger: Logger

    func run() async throws {
        let responder = responder
        let logger = logger
        let serverName = configuration.serverName
        let service = try server.buildServer(
            configuration: configuration, eventLoopGroup: MultiThreadedEventLoopGroup.singleton, logger: logger,
            responder: { request, writer, channel in
                let context = Responder.Context(source: .init(channel: channel, logger: logger))
                var response: Response
                do {
                    response = try await responder.respond(to: request, context: context)
                } catch let error as HTTPParserError {
                    throw error
                } catch {
                    logger.error("a route failed without an answer", metadata: ["error": "\(error)"])
                    response = Response(status: .internalServerError)
                }
                response.headers[.date] = HTTPDate.now()
                if let serverName { response.headers[.server] = serverName }
                do {
                    try await writer.write(response: response.head, body: response.body)
                } catch is HTTPParserError {
                    // The head is out: the channel must close rather than answer 400 on top.
                    throw ResponseAbandoned()
                }
            },
            onServerRunning: onServerRunning
        )
        try await service.run()
    }
}

/// A request body turned out malformed after the response had begun.
struct ResponseAbandoned: Error {}

/// The `Date` header's IMF-fixdate (RFC 9110, 5.6.7), kept for the second it names.
enum HTTPDate {
    private static let cache = Mutex<(second: Int, text: String)>((-1, ""))
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func now() -> String {
        let second = Int(Date().timeIntervalSince1970.rounded(.down))
        return cache.withLock { cached in
            if cached.second != second {
                cached = (second, format(second))
            }
            return cached.text
        }
    }

    static func format(_ secondsSince1970: Int) -> String {
        var time = time_t(secondsSince1970)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return "" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let day = days[Int(parts.tm_wday) % 7]
        let month = months[Int(parts.tm_mon) % 12]
        return "\(day), \(two(parts.tm_mday)) \(month) \(parts.tm_year + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
