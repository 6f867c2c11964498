import Foundation
import Hummingbird
import HubAPI
import NIOCore
import Workflows

extension Hub {
    /// Server-sent events, so consoles show each scan and screen the moment it happens, without
    /// polling. A comment line every 30 s keeps idle connections from timing out.
    func addEventRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.events)) { _, _ in
            let stream = await self.events.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: ": connected\n\n"))
                    let (chunks, output) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(64))
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            for await event in stream { output.yield(Self.eventFrame(event)) }
                            output.finish()
                        }
                        group.addTask {
                            while true {
                                try await Task.sleep(for: Self.heartbeat)
                                output.yield(": ping\n\n")
                            }
                        }
                        for await chunk in chunks {
                            try await writer.write(ByteBuffer(string: chunk))
                        }
                        group.cancelAll()
                    }
                    try await writer.finish(nil)
                }
            )
        }
    }

    static let heartbeat = Duration.seconds(30)

    static func eventFrame(_ event: HubEvent) -> String {
        let data = (try? HubJSON.encoder().encode(event.wire)) ?? Data("{}".utf8)
        return "event: \(event.kind.rawValue)\ndata: " + String(decoding: data, as: UTF8.self) + "\n\n"
    }
}
