import Foundation
import HubConfig
import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle

/// Starts the daemon: lock the data directory, check the socket, open the store, then run the
/// API, the devices and the event streams as one service group that stops on SIGTERM/SIGINT.
public enum HubLauncher {
    public static func run(configuration: Configuration, simulate: Bool, logger: Logger) async throws {
        DataDirectoryMode.restrictNewFiles()
        StorageFailureWatch.install(logger: logger)
        try FileManager.default.createDirectory(atPath: configuration.hub.dataDirectory, withIntermediateDirectories: true)
        try DataDirectoryMode.check(configuration.hub.dataDirectory)
        let lock = try DataDirectoryLock(directory: configuration.hub.dataDirectory)
        let socketPath = configuration.hub.socketPath
        try SocketPreparation.prepare(path: socketPath)
        let hub = try Hub(configuration: configuration, simulate: simulate, calendar: ClockOverride.calendar(logger: logger), logger: logger)
        await hub.claims.attach(hub.kiosk)
        announceSimulation(hub)
        let notifier = SystemdNotifier()
        let app = RouterService(
            responder: hub.makeRouter().buildResponder(),
            server: .http1(configuration: .init(idleTimeout: ServerLimits.idleTimeout)),
            configuration: .init(
                address: .unixDomainSocket(path: socketPath), serverName: "hubd",
                availableConnectionsDelegate: MaximumAvailableConnections(ServerLimits.maxConnections, logger: logger)
            ),
            onServerRunning: { _ in
                SocketPreparation.restrictMode(path: socketPath)
                logger.notice("hubd ready", metadata: ["socket": "\(socketPath)", "hub": "\(configuration.hub.name)", "version": "\(HubVersion.current)"])
                notifier.ready(status: "ready: \(hub.devices.count) devices, socket \(socketPath)")
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(
            services: [
                .init(service: app),
                .init(service: DeviceService(hub: hub)),
                .init(service: EventStreamCloser(events: hub.events)),
                .init(service: DayEndService(uses: hub.stores.uses, calendar: hub.calendar, logger: logger)),
                .init(service: BackupService(backups: hub.stores.backups, calendar: hub.calendar, logger: logger)),
                .init(service: RetentionService(privacy: hub.stores.privacy, calendar: hub.calendar, logger: logger)),
                .init(service: SystemdService(notifier: notifier, probes: hub.livenessProbes, logger: logger)),
            ] + paymentServices(hub) + (try dashboardServices(hub)) + centralServices(hub),
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        ))
        try await group.run()
        withExtendedLifetime(lock) {}
        logger.notice("hubd stopped")
    }

    /// The uploader to central, when `[central]` is on and its settings work.
    private static func centralServices(_ hub: Hub) -> [ServiceGroupConfiguration.ServiceConfiguration] {
        guard let central = hub.central, let sync = central.sync else { return [] }
        return [.init(service: CentralUploader(sync: sync, poll: central.poll, logger: hub.logger), successTerminationBehavior: .ignore)]
    }

    /// The staff dashboard's own listener on the LAN, when `[dashboard] listen` names one.
    private static func dashboardServices(_ hub: Hub) throws -> [ServiceGroupConfiguration.ServiceConfiguration] {
        let settings = hub.configuration.dashboard
        guard let host = settings.host else { return [] }
        let logger = hub.logger
        let app = RouterService(
            responder: try hub.makeDashboardRouter().buildResponder(),
            server: try DashboardServer.http(settings),
            configuration: .init(
                address: .hostname(host, port: settings.port), serverName: "hubd-dashboard",
                availableConnectionsDelegate: MaximumAvailableConnections(ServerLimits.maxConnections, logger: logger)
            ),
            onServerRunning: { channel in
                logger.notice("dashboard listening", metadata: ["address": "\(channel.localAddress.map { "\($0)" } ?? host)", "tls": "\(settings.usesTLS)"])
            },
            logger: logger
        )
        return [.init(service: app)]
    }

    private static func paymentServices(_ hub: Hub) -> [ServiceGroupConfiguration.ServiceConfiguration] {
        guard let desk = hub.payments else { return [] }
        return [.init(service: PaymentService(desk: desk, store: hub.stores.payments, logger: hub.logger, pings: hub.loopPings))]
    }

    /// Printed on stdout so a demo script or a person can find the virtual devices.
    private static func announceSimulation(_ hub: Hub) {
        guard let simulation = hub.simulation else { return }
        let lines = simulation.virtualDevices.keys.sorted().compactMap { name in
            simulation.virtualDevices[name].map { "simulated \(name): \($0.descriptor.path ?? "?")\n" }
        }
        try? FileHandle.standardOutput.write(contentsOf: Data(lines.joined().utf8))
    }
}
