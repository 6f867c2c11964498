import Logging

/// Runs every device driver in its own child task and keeps it running.
///
/// Drivers reopen their own devices after an unplug; the supervisor only steps in when `run`
/// throws (or returns while not cancelled), records `.error`, waits with backoff and starts the
/// driver again. One failing device therefore never stops the others, and the hub keeps
/// running with whatever hardware works.
public struct DeviceSupervisor: Sendable {
    private let drivers: [any DeviceDriver]
    private var fixedStates: [String: DeviceState]
    private let board: DeviceStatusBoard
    private let sink: InputSink
    private let logger: Logger
    private let restart: RetryBackoff
    /// Where the drivers' loops enrol to answer liveness pings.
    private let pings: LoopPings

    /// Drivers whose descriptor has no role are never run: opening (let alone grabbing) a
    /// device nobody asked for has locked out real keyboards before.
    public init(
        drivers: [any DeviceDriver],
        board: DeviceStatusBoard,
        sink: @escaping InputSink,
        logger: Logger,
        restart: RetryBackoff = RetryBackoff(initial: .seconds(1), maximum: .seconds(30)),
        pings: LoopPings = LoopPings()
    ) {
        self.pings = pings
        self.drivers = drivers.filter { $0.descriptor.role != nil }
        var fixed: [String: DeviceState] = [:]
        for driver in drivers where driver.descriptor.role == nil {
            fixed[driver.descriptor.name] = .unused
        }
        self.fixedStates = fixed
        self.board = board
        self.sink = sink
        self.logger = logger
        self.restart = restart
    }

    /// Builds drivers from the config; devices without a role show as `.unused`, devices whose
    /// driver kind is not available yet as `.error` with the reason.
    public init(
        descriptors: [DeviceDescriptor],
        board: DeviceStatusBoard,
        sink: @escaping InputSink,
        logger: Logger,
        restart: RetryBackoff = RetryBackoff(initial: .seconds(1), maximum: .seconds(30)),
        pings: LoopPings = LoopPings(),
        factory: DriverFactory.Make = DriverFactory.make
    ) {
        var drivers: [any DeviceDriver] = []
        var fixed: [String: DeviceState] = [:]
        for descriptor in descriptors {
            if descriptor.role == nil {
                fixed[descriptor.name] = .unused
            } else if let driver = factory(descriptor, logger) {
                drivers.append(driver)
            } else {
                fixed[descriptor.name] = .error(DriverFactory.unavailableReason(for: descriptor))
            }
        }
        self.init(drivers: drivers, board: board, sink: sink, logger: logger, restart: restart, pings: pings)
        self.fixedStates.merge(fixed) { _, new in new }
    }

    /// Runs until the calling task is cancelled.
    public func run() async {
        for (name, state) in fixedStates.sorted(by: { $0.key < $1.key }) {
            await board.update(name, to: state)
            if case .error(let reason) = state {
                logger.warning("device not started: \(reason)", metadata: ["device": "\(name)"])
            }
        }
        await withTaskGroup(of: Void.self) { group in
            for driver in drivers {
                group.addTask { await supervise(driver) }
            }
        }
    }

    private func supervise(_ driver: any DeviceDriver) async {
        let name = driver.descriptor.name
        let board = board
        var backoff = restart
        let guarded = GuardedSink(descriptor: driver.descriptor, board: board, downstream: sink, logger: logger)
        let emit: InputSink = { await guarded.accept($0) }
        while !Task.isCancelled {
            let started = ContinuousClock.now
            let reason: String
            do {
                try await pings.enrolling(as: name) {
                    try await driver.run(emit: emit, report: { await board.update(name, to: $0) })
                }
                reason = "driver stopped by itself"
            } catch {
                reason = "\(error)"
            }
            if Task.isCancelled { return }
            await board.update(name, to: .error(reason))
            logger.error("driver failed, restarting: \(reason)", metadata: ["device": "\(name)"])
            if ContinuousClock.now - started > backoff.maximum {
                backoff.reset()
            }
            try? await Task.sleep(for: backoff.next())
        }
    }
}
