import AsyncHTTPClient
import Foundation
import HubAPI
import NIOCore
import NIOHTTP1

extension KioskError.Code {
    /// hubd answered 404 without an error of its own: it does not serve that route (an older hubd).
    public static let notServed = KioskError.Code(name: "not-served")
}

/// What the console's live connection to hubd reports.
public enum ConsoleFeedItem: Sendable, Equatable {
    /// hubd accepted the event stream: events from now on will arrive, so this is the moment to
    /// fetch the current screen without missing a change in between.
    case connected
    /// hubd's console screen changed.
    case screen(ConsoleScreen)
}

extension HubClient {
    /// The screen hubd wants the console to show now. Throws `KioskError` with code
    /// `.notServed` when this hubd has no console routes.
    public func consoleScreen() async throws -> ConsoleScreen {
        try await consoleCall(.GET, APIRoute.consoleScreen, body: Optional<String>.none)
    }

    /// Sends a key the current screen offers; hubd answers with the next screen.
    public func press(key: String, session: String?) async throws -> ConsoleScreen {
        try await consoleCall(.POST, APIRoute.consoleKey, body: ConsoleKeyRequest(session: session, key: key))
    }

    /// Sends the digits typed on a PIN or number screen; hubd answers with the next screen.
    public func enter(value: String, session: String?) async throws -> ConsoleScreen {
        try await consoleCall(.POST, APIRoute.consoleEntry, body: ConsoleEntryRequest(session: session, value: value))
    }

    /// Tells hubd the console went back to idle on its own; hubd answers with its idle screen.
    public func reset(session: String?) async throws -> ConsoleScreen {
        try await consoleCall(.POST, APIRoute.consoleReset, body: ConsoleResetRequest(session: session))
    }

    /// The event stream reduced to what the console needs: `.connected` once hubd has accepted
    /// the subscription, then each new screen. Ends when hubd closes the stream; throws when it
    /// cannot be reached or the connection breaks.
    public func consoleFeed() -> AsyncThrowingStream<ConsoleFeedItem, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await streamConsoleFeed(into: continuation)
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The event stream gets its own HTTP client without a read timeout: a quiet kiosk may see
    /// no event for hours, and the shared client would drop the stream after 90 s of silence.
    private static var streamConfiguration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .seconds(5), read: nil)
        return configuration
    }

    private func streamConsoleFeed(into continuation: AsyncThrowingStream<ConsoleFeedItem, any Error>.Continuation) async throws {
        try checkReachable()
        let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: Self.streamConfiguration)
        do {
            try await streamConsoleFeed(with: http, into: continuation)
        } catch {
            try? await http.shutdown()
            throw error
        }
        try? await http.shutdown()
    }

    private func streamConsoleFeed(
        with http: HTTPClient, into continuation: AsyncThrowingStream<ConsoleFeedItem, any Error>.Continuation
    ) async throws {
        var request = HTTPClientRequest(url: try url(APIRoute.events, query: [:]))
        request.headers.add(name: "Accept", value: "text/event-stream")
        let response: HTTPClientResponse
        do {
            response = try await http.execute(request, timeout: .hours(24 * 365))
        } catch {
            throw unreachable(error)
        }
        guard response.status == .ok else {
            throw KioskError(.io, "hubd refused the event stream (HTTP \(response.status.code)) — see `journalctl -u hubd`")
        }
        continuation.yield(.connected)
        var parser = ServerSentEventParser()
        for try await chunk in response.body {
            for payload in parser.feed(Array(buffer: chunk)) {
                guard let event = try? HubJSON.decoder().decode(HubEvent.self, from: Data(payload.utf8)),
                      event.kind == .screen, let screen = event.screen else { continue }
                continuation.yield(.screen(screen))
            }
        }
    }

    private func consoleCall(_ method: HTTPMethod, _ path: String, body: (some Encodable)?) async throws -> ConsoleScreen {
        let (status, data) = try await raw(method, path, query: [:], body: body)
        if status == 404, (try? HubJSON.decoder().decode(APIErrorBody.self, from: data)) == nil {
            throw KioskError(.notServed, "hubd at \(socketPath) has no kiosk console (\(path) not found) — update hubd")
        }
        guard (200..<300).contains(status) else { throw refusal(status: status, data: data) }
        do {
            return try HubJSON.decoder().decode(ConsoleScreen.self, from: data)
        } catch {
            throw KioskError(.io, "hubd answered a console screen this kiosk does not understand (\(error)) — are kiosk and hubd the same version?")
        }
    }
}
