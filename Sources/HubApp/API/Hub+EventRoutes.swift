import Hummingbird
import HubAPI
import NIOCore

extension Hub {
    /// Server-sent events, so the console shows each scan the moment it is stored, without polling.
    func addEventRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.events)) { _, _ in
            let stream = await self.events.subscribe()
            let encoder = HubJSON.encoder()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: ": connected\n\n"))
                    for await event in stream {
                        let data = try encoder.encode(event)
                        try await writer.write(ByteBuffer(string: "event: \(event.kind.rawValue)\ndata: " + String(decoding: data, as: UTF8.self) + "\n\n"))
                    }
                    try await writer.finish(nil)
                }
            )
        }
    }
}
