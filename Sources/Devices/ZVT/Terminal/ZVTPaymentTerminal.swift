import Logging

/// A ZVT (protocol 700) card terminal as a `PaymentTerminal`, over a serial or a TCP link.
///
/// One consumer task per link reads every APDU and hands it to the running operation, or,
/// while idle, answers it with 80 00 00 so the terminal never waits on the hub. Operations run
/// one at a time; `abort` is the exception, because it must reach a running payment. The link
/// is (re)made through `connect` whenever an operation starts without one, so a terminal that
/// was switched off comes back without a restart. 06 01 is never sent again on the adapter's
/// own account: after a lost link the core recovers with `lastTransaction`.
public actor ZVTPaymentTerminal: PaymentTerminal {
    public nonisolated let protocolName = "zvt"
    public nonisolated let name: String
    let password: String
    let timings: ZVTTimings
    let logger: Logger
    private let connect: @Sendable () async throws(ZVTLinkError) -> any ZVTLink

    public private(set) var state: ZVTTerminalState = .disconnected
    private var link: (any ZVTLink)?
    private var generation: UInt64 = 0
    private var consumer: Task<Void, Never>?
    private var operationClaimed = false
    private var operationCounter: UInt64 = 0
    var operation: ZVTSession?
    var authorizationAccepted = false
    var acceptanceWaiters: [CheckedContinuation<Bool, Never>] = []
    var abortReplies: ZVTMailbox<ZVTAPDU>?

    /// How long the consumer waits per `receive` while idle; only bounds a loop turn.
    private static let idleWait: Duration = .seconds(3600)

    public init(
        name: String, password: String, timings: ZVTTimings, logger: Logger,
        connect: @escaping @Sendable () async throws(ZVTLinkError) -> any ZVTLink
    ) {
        self.name = name
        self.password = password
        self.timings = timings
        self.logger = logger
        self.connect = connect
    }

    /// Closes the link; the next operation reconnects.
    public func disconnect() async {
        await dropLink(generation: generation, reason: "disconnected by the hub")
        state = .disconnected
    }

    func begin(_ kind: ZVTOperationKind) async throws(PaymentTerminalError) -> ZVTSession {
        await waitOutHousekeeping()
        guard !operationClaimed else {
            let running = operation?.kind.rawValue ?? "connect"
            throw PaymentTerminalError(.busy, "\(name) is busy with a \(running) — wait for it to finish", outcomeUnknown: false)
        }
        operationClaimed = true
        state = .busy
        let current: (link: any ZVTLink, generation: UInt64)
        do {
            current = try await currentLink()
        } catch {
            operationClaimed = false
            state = .failed(error.message)
            throw PaymentTerminalError(.notConnected, "cannot reach \(name): \(error.message)", outcomeUnknown: false)
        }
        operationCounter += 1
        let session = ZVTSession(
            id: operationCounter, kind: kind, link: current.link, generation: current.generation,
            inbox: ZVTMailbox(limit: ZVTLinkCore.inboxLimit, name: name)
        )
        operation = session
        return session
    }

    /// A registration or a receipt query holds the terminal for a second or two (the
    /// registration waits up to 2 s for an optional 06 0F). A payment asked for meanwhile waits
    /// for it rather than being refused; only another payment or a day close is "busy".
    private func waitOutHousekeeping() async {
        let deadline = ContinuousClock.now + Self.housekeepingWait
        while operationClaimed, operation?.kind.isHousekeeping ?? true, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    static let housekeepingWait: Duration = .seconds(10)

    func end(_ session: ZVTSession, failure: PaymentTerminalError?) {
        guard operation?.id == session.id else { return }
        operation = nil
        operationClaimed = false
        session.inbox.close(ZVTLinkError(.closed, "the \(session.kind.rawValue) on \(name) has finished"))
        endAuthorizationPhase()
        if let failure, failure.code == .linkLost || failure.code == .notConnected {
            state = .failed(failure.message)
        } else {
            state = link == nil ? .disconnected : .ready
        }
    }

    func markReady() {
        if !operationClaimed, link != nil {
            state = .ready
        }
    }

    /// Closes the link of `generation` if it is still the current one; later operations reconnect.
    func dropLink(generation dropped: UInt64, reason: String) async {
        guard dropped == generation, let old = link else { return }
        link = nil
        consumer?.cancel()
        consumer = nil
        let error = ZVTLinkError(.closed, "the link to \(name) is closed: \(reason)")
        operation?.inbox.close(error)
        abortReplies?.close(error)
        if !operationClaimed {
            state = .failed(reason)
        }
        logger.notice("ZVT terminal link dropped", metadata: ["terminal": "\(name)", "reason": "\(reason)"])
        await old.close()
    }

    private func currentLink() async throws(ZVTLinkError) -> (link: any ZVTLink, generation: UInt64) {
        if let link {
            return (link, generation)
        }
        let fresh = try await connect()
        generation += 1
        link = fresh
        startConsumer(fresh, generation: generation)
        logger.info("ZVT terminal connected", metadata: ["terminal": "\(name)"])
        return (fresh, generation)
    }

    private func startConsumer(_ link: any ZVTLink, generation: UInt64) {
        consumer = Task { [weak self] in
            while !Task.isCancelled {
                let next: Result<ZVTAPDU, ZVTLinkError>
                do throws(ZVTLinkError) {
                    next = .success(try await link.receive(timeout: Self.idleWait))
                } catch {
                    next = .failure(error)
                }
                guard let self else { return }
                switch next {
                case .success(let apdu):
                    await route(apdu, generation: generation)
                case .failure(let error) where error.code == .timeout:
                    continue
                case .failure(let error):
                    await dropLink(generation: generation, reason: error.message)
                    return
                }
            }
        }
    }

    /// The first 80/84 after an 06 B0 answers the abort; a payment's own messages are never
    /// replies, so nothing else can take it.
    private func route(_ apdu: ZVTAPDU, generation routed: UInt64) async {
        guard routed == generation else { return }
        if let replies = abortReplies, apdu.classByte == 0x80 || apdu.isNegativeReply {
            abortReplies = nil
            replies.push(apdu)
            return
        }
        if let operation {
            if !operation.inbox.push(apdu) {
                logger.warning("ZVT message dropped, operation not keeping up", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
            }
            return
        }
        await answerIdle(apdu)
    }

    /// A result while idle belongs to no running payment (its `authorize` gave up, or the hub
    /// restarted). Nothing journalled it, so it is left unanswered: the terminal then reverses
    /// it itself, and recovery finds it not charged. Anything else is answered so the terminal
    /// never waits on the hub.
    private func answerIdle(_ apdu: ZVTAPDU) async {
        guard apdu.classByte != 0x80, !apdu.isNegativeReply, let link else {
            logger.debug("stray ZVT reply ignored while idle", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
            return
        }
        if apdu.classByte == 0x04 && apdu.instruction == 0x0F {
            logger.warning(
                "ZVT result while idle left unanswered, so the terminal reverses it — no payment was waiting for it",
                metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"]
            )
            return
        }
        logger.notice("unsolicited ZVT message answered", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
        do {
            try await link.send(.positiveReply)
        } catch {
            await dropLink(generation: generation, reason: error.message)
        }
    }
}
