import Devices
import ServiceLifecycle

/// Runs every configured device under the supervisor until the daemon shuts down.
struct DeviceService: Service {
    let hub: Hub

    func run() async throws {
        let hub = hub
        let feedback = hub.gpioFeedback
        let supervisor = DeviceSupervisor(
            descriptors: hub.devices.filter { $0.role != .payment }, board: hub.board,
            sink: { input in await hub.route(input) }, logger: hub.logger, pings: hub.loopPings,
            factory: { descriptor, logger in DriverFactory.make(for: descriptor, logger: logger, feedback: feedback) }
        )
        try await cancelWhenGracefulShutdown {
            await supervisor.run()
        }
        // With no devices configured (the embedded default) the supervisor has nothing to run;
        // a service that returns early would stop the whole daemon.
        try await gracefulShutdown()
    }
}
