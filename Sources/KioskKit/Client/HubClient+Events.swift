import AsyncHTTPClient
import Foundation
import HubAPI
import NIOCore

extension HubClient {
    /// Live events from hubd's server-sent-event stream; ends when hubd closes it.
    public func events() -> AsyncThrowingStream<HubEvent, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try checkReachable()
                    var request = HTTPClientRequest(url: try url(APIRoute.events, query: [:]))
                    request.headers.add(name: "Accept", value: "text/event-stream")
                    let response: HTTPClientResponse
                    do {
                        response = try await HTTPClient.shared.execute(request, timeout: .hours(24 * 365))
                    } catch {
                        throw unreachable(error)
                    }
                    var parser = ServerSentEventParser()
                    for try await chunk in response.body {
                        for payload in parser.feed(Array(buffer: chunk)) {
                            if let event = try? HubJSON.decoder().decode(HubEvent.self, from: Data(payload.utf8)) {
                                continuation.yield(event)
                            }
                        }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
