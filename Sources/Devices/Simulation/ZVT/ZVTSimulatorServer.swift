import Logging

/// The serving thread's body: one conversation at a time, and what "losing the link" means
/// on each transport.
struct ZVTSimulatorServer: Sendable {
    /// A stop wakes the wait for a connection (`SimulatorWake`); this only bounds it.
    static let acceptWait: Duration = .seconds(3600)

    let endpoint: ZVTSimulatorEndpoint
    let shared: ZVTSimulatorShared
    let options: ZVTSimulatorOptions
    let logger: Logger

    func run() {
        switch endpoint {
        case .pseudoTerminal(let pty): serveSerial(pty)
        case .tcp(let listener): serveTCP(listener)
        }
        logger.debug("ZVT simulator stopped serving")
    }

    /// A pty has no connection to drop, so a lost link is a stretch of deafness.
    private func serveSerial(_ pty: PseudoTerminal) {
        let channel = ZVTSimulatorSerialChannel(pty: pty, shared: shared, acknowledgement: options.acknowledgement)
        if let banner = options.banner {
            try? channel.sendRaw(Array(banner.utf8))
        }
        let session = ZVTSimulatorSession(channel: channel, shared: shared, options: options, logger: logger)
        while shared.isRunning {
            do {
                try session.serve()
            } catch {
                guard error == .lost else { return }
                logger.info("ZVT simulator lost the serial link; deaf for \(options.dropSilence)")
                session.deferred = nil
                do {
                    try channel.goDeaf(for: options.dropSilence)
                } catch {
                    return
                }
            }
        }
    }

    private func serveTCP(_ listener: ZVTSimulatorTCPListener) {
        while shared.isRunning {
            guard let connection = listener.accept(timeout: Self.acceptWait, wake: shared.wake) else { continue }
            let channel = ZVTSimulatorTCPChannel(connection: connection, shared: shared)
            defer { channel.close() }
            logger.info("ZVT simulator accepted a connection on port \(listener.port)")
            do {
                if let banner = options.banner {
                    try channel.sendRaw(Array(banner.utf8))
                }
                try ZVTSimulatorSession(channel: channel, shared: shared, options: options, logger: logger).serve()
            } catch {
                guard error == .lost else { return }
                logger.info("ZVT simulator closes the connection; it accepts the next one")
            }
        }
    }
}
