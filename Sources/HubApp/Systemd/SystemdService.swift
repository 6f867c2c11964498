import Logging
import ServiceLifecycle

/// hubd's side of systemd's service contract: `STOPPING=1` when shutdown begins, and
/// `WATCHDOG=1` only while the store's writer, the actors every scan passes through and every
/// running device loop keep answering, so a hub that hangs is restarted by systemd instead of
/// staying silent until someone notices. `READY=1` is sent by the launcher once the socket listens.
struct SystemdService: Service {
    let notifier: SystemdNotifier
    let probes: [LivenessProbe]
    let logger: Logger

    func run() async throws {
        try await withGracefulShutdownHandler {
            guard let interval = notifier.watchdogInterval else {
                try? await gracefulShutdown()
                return
            }
            try? await cancelWhenGracefulShutdown { await keepFeeding(interval: interval) }
        } onGracefulShutdown: {
            notifier.stopping()
        }
    }

    /// Checks three times per watchdog interval; a part silent for half the interval stops the
    /// pings, which leaves systemd the other half to see the watchdog expire.
    private func keepFeeding(interval: Duration) async {
        let tracker = LivenessTracker(probes)
        var reported: [String] = []
        while !Task.isCancelled {
            tracker.probeAll()
            let silent = tracker.silent(longerThan: interval / 2)
            if silent.isEmpty {
                notifier.watchdog()
            } else if silent != reported {
                logger.critical("not answering: \(silent.joined(separator: ", ")) — withholding the watchdog ping so systemd restarts hubd")
            }
            reported = silent
            try? await Task.sleep(for: interval / 3)
        }
    }
}

extension Hub {
    /// What must answer for the watchdog: the database writer, the device status board every
    /// driver reports to, the kiosk session that every scan and tap passes through, and the
    /// reading loop of every device the supervisor runs. A device that is unplugged has no loop
    /// and answers at once; one whose loop is stuck never answers and is named.
    var livenessProbes: [LivenessProbe] {
        let fixed = [
            LivenessProbe(name: "store writer") { [database] in try await database.probeWriter() },
            LivenessProbe(name: "device board") { [board] in _ = await board.snapshot() },
            LivenessProbe(name: "kiosk session") { [kiosk] in _ = await kiosk.current() },
        ]
        let terminal = payments?.terminalName
        let loops = devices.filter { $0.role != nil && ($0.role != .payment || $0.name == terminal) }.map { device in
            LivenessProbe(name: "device \(device.name)") { [loopPings] in await loopPings.ping(device.name) }
        }
        return fixed + loops
    }
}
