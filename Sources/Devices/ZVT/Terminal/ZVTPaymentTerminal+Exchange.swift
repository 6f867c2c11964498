extension ZVTPaymentTerminal {
    /// Runs `body` as the one operation on the link and always releases it, whatever the outcome.
    func withOperation<T: Sendable>(
        _ kind: ZVTOperationKind, _ body: (ZVTSession) async throws(PaymentTerminalError) -> T
    ) async throws(PaymentTerminalError) -> T {
        let session = try await begin(kind)
        do {
            let value = try await body(session)
            end(session, failure: nil)
            return value
        } catch {
            logger.notice("ZVT \(session.kind.rawValue) failed", metadata: ["terminal": "\(name)", "code": "\(error.code)"])
            end(session, failure: error)
            throw error
        }
    }

    /// A send that fails leaves the link in an unknown state, so it is dropped and the next
    /// operation reconnects.
    func transmit(_ apdu: ZVTAPDU, on session: ZVTSession, outcomeUnknown: Bool) async throws(PaymentTerminalError) {
        do {
            try await session.link.send(apdu)
        } catch {
            await dropLink(generation: session.generation, reason: error.message)
            throw PaymentTerminalError(
                .linkLost, "lost the link to \(name) during the \(session.kind.rawValue): \(error.message)\(Self.recoveryHint(outcomeUnknown))",
                outcomeUnknown: outcomeUnknown
            )
        }
    }

    func acknowledge(on session: ZVTSession, outcomeUnknown: Bool) async throws(PaymentTerminalError) {
        try await transmit(.positiveReply, on: session, outcomeUnknown: outcomeUnknown)
    }

    func nextMessage(
        on session: ZVTSession, timeout: Duration, outcomeUnknown: Bool
    ) async throws(PaymentTerminalError) -> ZVTAPDU {
        switch await session.inbox.receive(timeout: timeout) {
        case .success(let apdu):
            return apdu
        case .failure(let error) where error.code == .timeout:
            throw PaymentTerminalError(
                .timeout, "\(name) sent nothing for \(timeout) during the \(session.kind.rawValue)\(Self.recoveryHint(outcomeUnknown))",
                outcomeUnknown: outcomeUnknown
            )
        case .failure(let error):
            throw PaymentTerminalError(
                .linkLost, "lost the link to \(name) during the \(session.kind.rawValue): \(error.message)\(Self.recoveryHint(outcomeUnknown))",
                outcomeUnknown: outcomeUnknown
            )
        }
    }

    /// Waits for the command's 80 00 00 or 84 xx within `timings.reply`; anything the terminal
    /// sends first is answered and otherwise ignored, except a stale result (04 0F): answering
    /// it would book a payment nobody journalled.
    func awaitReply(on session: ZVTSession, outcomeUnknown: Bool) async throws(PaymentTerminalError) -> ZVTAPDU {
        let deadline = ContinuousClock.now + timings.reply
        while true {
            let remaining = max(.zero, deadline - .now)
            let apdu = try await nextMessage(on: session, timeout: remaining, outcomeUnknown: outcomeUnknown)
            if apdu.classByte == 0x80 || apdu.isNegativeReply {
                return apdu
            }
            if apdu.classByte == 0x04 && apdu.instruction == 0x0F {
                logger.warning("stale ZVT result before the reply left unanswered, so the terminal reverses it", metadata: ["terminal": "\(name)"])
                continue
            }
            logger.notice("ZVT message before the reply answered", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
            try await acknowledge(on: session, outcomeUnknown: outcomeUnknown)
        }
    }

    /// 84 9C (busy, repeat later) and 84 83 (not possible now) count as busy where the caller
    /// may simply try again later; any other 84 is a refusal.
    func refusal(_ reply: ZVTAPDU, session: ZVTSession, busyMeansRetry: Bool) -> PaymentTerminalError {
        let reason = Self.hex(reply.instruction)
        if busyMeansRetry, reply.instruction == 0x9C || reply.instruction == 0x83 {
            return PaymentTerminalError(
                .busy, "\(name) refused the \(session.kind.rawValue) (84 \(reason)): busy — nothing was charged; try again shortly",
                outcomeUnknown: false
            )
        }
        return PaymentTerminalError(
            .refused, "\(name) refused the \(session.kind.rawValue) (84 \(reason)) — check the terminal's password and ECR settings",
            outcomeUnknown: false
        )
    }

    func violation(_ text: String, session: ZVTSession, outcomeUnknown: Bool) -> PaymentTerminalError {
        PaymentTerminalError(
            .protocolViolation, "\(name) during the \(session.kind.rawValue): \(text)\(Self.recoveryHint(outcomeUnknown))",
            outcomeUnknown: outcomeUnknown
        )
    }

    static func recoveryHint(_ outcomeUnknown: Bool) -> String {
        outcomeUnknown ? " — the payment's outcome is unknown; recover it with the last transaction, never by paying again" : ""
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
