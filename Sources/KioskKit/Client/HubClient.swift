import AsyncHTTPClient
import Foundation
import HubAPI
import NIOCore
import NIOHTTP1

/// Talks to `hubd` over its Unix socket. Every failure becomes a `KioskError` that tells
/// staff what to do next, in their language.
public struct HubClient: Sendable {
    public let socketPath: String
    public let language: Language
    /// The staff session from `kiosk login`, sent as a bearer token.
    public var token: String?
    /// Requests that wait for a pass tap take up to a minute.
    public var timeout: TimeAmount = .seconds(30)

    public init(socketPath: String, language: Language, token: String? = nil) {
        self.socketPath = socketPath
        self.language = language
        self.token = token
    }

    /// The same client, patient enough for a request that waits for someone to tap a pass.
    public func waitingForTap() -> HubClient {
        var client = self
        client.timeout = .seconds(90)
        return client
    }

    public func get<T: Decodable>(_ path: String, query: [String: String?] = [:], as type: T.Type = T.self) async throws -> T {
        try await send(.GET, path, query: query, body: Optional<String>.none)
    }

    public func send<T: Decodable>(
        _ method: HTTPMethod, _ path: String, query: [String: String?] = [:], body: (some Encodable)?, as type: T.Type = T.self
    ) async throws -> T {
        let (status, data) = try await raw(method, path, query: query, body: body)
        guard (200..<300).contains(status) else { throw refusal(status: status, data: data) }
        do {
            return try HubJSON.decoder().decode(T.self, from: data)
        } catch {
            throw KioskError(.io, "hubd answered something this kiosk does not understand (\(error)) — are kiosk and hubd the same version?")
        }
    }

    /// A route that answers plain text (the Prometheus scrape), handed on as it came.
    public func text(_ path: String) async throws -> String {
        let (status, data) = try await raw(.GET, path, query: [:], body: Optional<String>.none)
        guard (200..<300).contains(status) else { throw refusal(status: status, data: data) }
        return String(decoding: data, as: UTF8.self)
    }

    public func sendNoContent(_ method: HTTPMethod, _ path: String) async throws {
        let (status, data) = try await raw(method, path, query: [:], body: Optional<String>.none)
        guard (200..<300).contains(status) else { throw refusal(status: status, data: data) }
    }

    func raw(_ method: HTTPMethod, _ path: String, query: [String: String?], body: (some Encodable)?) async throws -> (Int, Data) {
        try checkReachable()
        var request = HTTPClientRequest(url: try url(path, query: query))
        request.method = method
        request.headers.add(name: "Accept-Language", value: language.rawValue)
        if let token { request.headers.add(name: "Authorization", value: "Bearer " + token) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try HubJSON.encoder().encode(body)))
        }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: timeout)
            let buffer = try await response.body.collect(upTo: 64 * 1024 * 1024)
            return (Int(response.status.code), Data(buffer.readableBytesView))
        } catch {
            throw unreachable(error)
        }
    }

    func url(_ path: String, query: [String: String?]) throws -> String {
        var components = URLComponents()
        components.path = path
        let items = query.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items.sorted { $0.name < $1.name }
        guard let uri = components.string, let url = URL(httpURLWithSocketPath: socketPath, uri: uri) else {
            throw KioskError(.usage, "socket path \(socketPath) cannot be used — pass another with --socket")
        }
        return url.absoluteString
    }

    func refusal(status: Int, data: Data) -> KioskError {
        if let body = try? HubJSON.decoder().decode(APIErrorBody.self, from: data) {
            return KioskError(status == 401 ? .unauthorized : .refused, body.error.message)
        }
        return KioskError(.refused, "hubd answered HTTP \(status) — see `journalctl -u hubd`")
    }

    /// Fails at once when nothing listens, instead of waiting out a connect timeout.
    func checkReachable() throws {
        guard UnixSocketProbe.isAnswering(socketPath) else { throw unreachable(nil) }
    }

    func unreachable(_ error: (any Error)?) -> KioskError {
        let text = LocalizedText(
            nl: "hubd draait niet op \(socketPath) — start het met `hubd` (of `systemctl start hubd`), of geef --socket op",
            en: "hubd is not running at \(socketPath) — start it with `hubd` (or `systemctl start hubd`), or pass --socket"
        )
        guard let error, UnixSocketProbe.isAnswering(socketPath) else {
            return KioskError(.notRunning, text(language))
        }
        return KioskError(.io, "hubd at \(socketPath) did not answer properly (\(error)) — see `journalctl -u hubd`")
    }
}
