import ServiceLifecycle
import Workflows

/// Console event streams never end by themselves; closing them first lets the HTTP server
/// drain its connections and the daemon stop promptly on SIGTERM.
struct EventStreamCloser: Service {
    let events: EventBroadcaster

    func run() async throws {
        try? await gracefulShutdown()
        await events.finishAll()
    }
}
