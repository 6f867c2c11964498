import Foundation
import Hummingbird
import HubAPI
import Inventory
import NIOCore
import Workflows

struct EventRoutes {
    let hub: Hub

    /// Server-sent events, so consoles show each scan and screen the moment it happens, without
    /// polling. A comment line every 30 s keeps idle connections from timing out. What a caller
    /// receives depends on who it is (`EventAudience`); a subscriber that cannot keep up is dropped.
    func add(to area: APIArea) {
        area.get(APIRoute.events, .monitor) { _, context in
            guard await !hub.events.isFull else { throw Self.full }
            let audience = EventAudience(context.caller)
            if let actor = context.caller.staff {
                try await hub.stores.audit.recordView("events.watch", by: actor, at: hub.calendar.now(), subject: "live feed")
            }
            let stream = await hub.events.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: ": connected\n\n"))
                    for await chunk in Self.frames(stream, for: audience) {
                        try await writer.write(ByteBuffer(string: chunk))
                    }
                    try await writer.finish(nil)
                }
            )
        }
    }

    /// The caller's events and a heartbeat, merged into one bounded queue of frames.
    private static func frames(_ stream: AsyncStream<HubEvent>, for audience: EventAudience) -> AsyncStream<String> {
        let (chunks, output) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingOldest(64))
        let pump = Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await event in stream {
                        guard let shown = audience.view(of: event) else { continue }
                        if case .dropped = output.yield(eventFrame(shown)) { break }
                    }
                }
                group.addTask {
                    while (try? await Task.sleep(for: heartbeat)) != nil {
                        if case .dropped = output.yield(": ping\n\n") { break }
                    }
                }
                await group.next()
                group.cancelAll()
            }
            output.finish()
        }
        output.onTermination = { _ in pump.cancel() }
        return chunks
    }

    static let heartbeat = Duration.seconds(30)

    static let full = APIError(.serviceUnavailable, code: "too-many-subscribers", LocalizedText(
        nl: "te veel live-verbindingen met hubd — sluit een `kiosk feed` of console en probeer het opnieuw",
        en: "too many live connections to hubd — close a `kiosk feed` or console and try again"
    ))

    static func eventFrame(_ event: HubEvent) -> String {
        let data = (try? HubJSON.encoder().encode(event.wire)) ?? Data("{}".utf8)
        return "event: \(event.kind.rawValue)\ndata: " + String(decoding: data, as: UTF8.self) + "\n\n"
    }
}
