extension ZVTPaymentTerminal {
    /// Sends a command that books nothing, takes its reply, then answers every message until
    /// 06 0F or 06 1E. `timeout` is per message; 04 FF restarts it like any other message.
    func collect(_ command: ZVTAPDU, on session: ZVTSession, timeout: Duration) async throws(PaymentTerminalError) -> ZVTCollectedReply {
        try await transmit(command, on: session, outcomeUnknown: false)
        let reply = try await awaitReply(on: session, outcomeUnknown: false)
        if reply.isNegativeReply {
            throw refusal(reply, session: session, busyMeansRetry: true)
        }
        var collected = ZVTCollectedReply()
        while true {
            let apdu = try await nextMessage(on: session, timeout: timeout, outcomeUnknown: false)
            switch (apdu.classByte, apdu.instruction) {
            case (0x04, 0x0F):
                collected.statusData = apdu.data
            case (0x06, 0xD1), (0x06, 0xD3):
                collected.lines += receiptLines(apdu)
            case (0x06, 0x0F):
                try await acknowledge(on: session, outcomeUnknown: false)
                return collected
            case (0x06, 0x1E):
                collected.abortCode = apdu.data.first ?? 0xFF
                try await acknowledge(on: session, outcomeUnknown: false)
                return collected
            case (0x80, _), (0x84, _):
                logger.debug("stray ZVT reply ignored", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
                continue
            default:
                break
            }
            try await acknowledge(on: session, outcomeUnknown: false)
        }
    }

    /// The registration's 06 0F is optional: some terminals send it, some end with the reply.
    func awaitOptionalCompletion(on session: ZVTSession, within window: Duration) async throws(PaymentTerminalError) {
        let deadline = ContinuousClock.now + window
        while ContinuousClock.now < deadline {
            let apdu: ZVTAPDU
            switch await session.inbox.receive(timeout: deadline - .now) {
            case .success(let received):
                apdu = received
            case .failure(let error) where error.code == .timeout:
                return
            case .failure(let error):
                throw PaymentTerminalError(.linkLost, "lost the link to \(name) after registering: \(error.message)", outcomeUnknown: false)
            }
            if apdu.classByte == 0x80 || apdu.isNegativeReply {
                continue
            }
            try await acknowledge(on: session, outcomeUnknown: false)
            if apdu.classByte == 0x06, apdu.instruction == 0x0F {
                return
            }
        }
    }
}
