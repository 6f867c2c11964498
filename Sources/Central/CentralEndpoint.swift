import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// Where central's PostgreSQL is and who connects to it. TLS is always required: postgres-nio's
/// default (`.prefer`) falls back to plain text, which would send a hub's password and its
/// events in the clear to whoever answers on the port.
public struct CentralEndpoint: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var database: String
    public var user: String
    public var password: String
    /// PEM file with the CA that signed central's certificate; the system's roots when nil.
    public var caFile: String?

    public init(host: String, port: Int = 5432, database: String, user: String, password: String, caFile: String? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
        self.password = password
        self.caFile = caFile
    }

    /// `postgresql://USER@HOST:PORT/DATABASE`; a password in the URL is refused, because URLs
    /// end up in shell histories and `ps`. Returns nil, with the reason, when it is not that.
    public static func parse(url text: String, password: String, caFile: String?) -> Result<CentralEndpoint, CentralError> {
        guard let url = URLComponents(string: text), ["postgresql", "postgres"].contains(url.scheme ?? ""),
              let host = url.host, !host.isEmpty
        else {
            return .failure(CentralError(.badSettings, "\(text.prefix(80)) is not a URL like postgresql://hub_colmschate@central.example.nl:5432/buurhub"))
        }
        guard url.password == nil else {
            return .failure(CentralError(.badSettings, "the URL carries a password; put it in the password file instead and leave it out of the URL"))
        }
        guard let user = url.user, !user.isEmpty else {
            return .failure(CentralError(.badSettings, "the URL names no user: postgresql://USER@HOST:PORT/DATABASE"))
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            return .failure(CentralError(.badSettings, "the URL names no database: postgresql://USER@HOST:PORT/DATABASE"))
        }
        return .success(CentralEndpoint(host: host, port: url.port ?? 5432, database: database, user: user, password: password, caFile: caFile))
    }

}

extension CentralEndpoint {
    /// One connection with the TLS rule above, given up after `timeout` if the server does not
    /// answer (postgres-nio's own connect timeout, so a late connection is never left unclosed).
    public func connect(timeout: Duration = .seconds(10), logger: Logger) async throws -> PostgresConnection {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let caFile {
            tls.trustRoots = .file(caFile)
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database,
            tls: .require(try NIOSSLContext(configuration: tls))
        )
        configuration.options.connectTimeout = .milliseconds(Int64(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw CentralError(error)
        }
    }
}
