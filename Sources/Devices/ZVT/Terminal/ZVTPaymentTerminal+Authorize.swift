extension ZVTPaymentTerminal {
    public func authorize(_ request: PaymentRequest, events: PaymentTerminalEvents) async throws(PaymentTerminalError) -> TerminalResult {
        let command: ZVTAPDU
        do {
            guard request.amountCents > 0 else { throw BCDError.negative }
            command = try ZVTCommand.authorization(amountCents: request.amountCents)
        } catch {
            throw PaymentTerminalError(
                .refused, "\(request.amountCents) cents cannot be charged on \(name) (\(error)) — nothing was sent",
                outcomeUnknown: false
            )
        }
        logger.info("ZVT payment starting", metadata: ["terminal": "\(name)", "amountCents": "\(request.amountCents)"])
        return try await withOperation(.authorization) { session throws(PaymentTerminalError) in
            try await runAuthorization(command, events: events, session: session)
        }
    }

    /// From the moment 06 01 goes out the terminal may charge, so every failure here is
    /// `outcomeUnknown` except an explicit refusal (84 xx) of the command itself.
    private func runAuthorization(
        _ command: ZVTAPDU, events: PaymentTerminalEvents, session: ZVTSession
    ) async throws(PaymentTerminalError) -> TerminalResult {
        try await transmit(command, on: session, outcomeUnknown: true)
        FailPoint.reach("zvt.authorization-sent")
        let reply = try await awaitReply(on: session, outcomeUnknown: true)
        if reply.isNegativeReply {
            throw refusal(reply, session: session, busyMeansRetry: true)
        }
        markAuthorizationAccepted()
        var dialogue = ZVTAuthorizationDialogue()
        while true {
            let timeout = dialogue.journalled == nil ? timings.customer : timings.completion
            let apdu = try await nextMessage(on: session, timeout: timeout, outcomeUnknown: true)
            if let result = try await handlePaymentMessage(apdu, dialogue: &dialogue, events: events, session: session) {
                return result
            }
        }
    }

    /// Nil while the payment goes on; the result once the terminal has finished.
    private func handlePaymentMessage(
        _ apdu: ZVTAPDU, dialogue: inout ZVTAuthorizationDialogue, events: PaymentTerminalEvents, session: ZVTSession
    ) async throws(PaymentTerminalError) -> TerminalResult? {
        switch (apdu.classByte, apdu.instruction) {
        case (0x04, 0xFF):
            await events.progress(Self.progress(apdu.data.first))
            try await acknowledge(on: session, outcomeUnknown: true)
        case (0x04, 0x0F):
            try await handleStatus(apdu, dialogue: &dialogue, events: events, session: session)
        case (0x06, 0xD1), (0x06, 0xD3):
            try await forwardReceipt(apdu, events: events, session: session)
        case (0x06, 0x0F):
            return try await handleCompletion(dialogue, session: session)
        case (0x06, 0x1E):
            return try await handleAbortMessage(apdu, dialogue: &dialogue, events: events, session: session)
        case (0x80, _), (0x84, _):
            logger.debug("stray ZVT reply ignored", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
        default:
            logger.notice("unknown ZVT message answered", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
            try await acknowledge(on: session, outcomeUnknown: true)
        }
        return nil
    }

    /// Journal first, acknowledge second: the terminal books only after our 80 00 00 and
    /// reverses on its own without it, so an unjournalled result must stay unacknowledged.
    private func handleStatus(
        _ apdu: ZVTAPDU, dialogue: inout ZVTAuthorizationDialogue, events: PaymentTerminalEvents, session: ZVTSession
    ) async throws(PaymentTerminalError) {
        let info: ZVTStatusInformation
        do {
            info = try ZVTStatusInformation(bmpData: apdu.data)
        } catch {
            throw await unacknowledged("its result could not be decoded (\(error))", session: session)
        }
        guard let code = info.resultCode else {
            throw await unacknowledged("its result carried no result code", session: session)
        }
        if dialogue.journalled != nil {
            guard dialogue.isDuplicate(info) else {
                throw await unacknowledged("a second, different result arrived", session: session)
            }
            logger.notice("duplicate ZVT result answered, not journalled again", metadata: ["terminal": "\(name)"])
            try await acknowledge(on: session, outcomeUnknown: true)
            return
        }
        let result = Self.result(from: info, code: code)
        try await journal(result, events: events, session: session)
        dialogue.record(result, from: info)
        try await acknowledge(on: session, outcomeUnknown: true)
        FailPoint.reach("zvt.status-acknowledged")
    }

    private func journal(_ result: TerminalResult, events: PaymentTerminalEvents, session: ZVTSession) async throws(PaymentTerminalError) {
        do {
            try await events.journal(result)
        } catch {
            await dropLink(generation: session.generation, reason: "the journal failed, the result was not acknowledged")
            throw PaymentTerminalError(
                .linkLost,
                "the payment result from \(name) could not be journalled (\(error)), so it was not acknowledged and the terminal should reverse it\(Self.recoveryHint(true))",
                outcomeUnknown: true
            )
        }
        logger.info("ZVT payment result journalled", metadata: ["terminal": "\(name)", "result": "\(Self.label(result))"])
    }

    /// Leaves a result unanswered so the terminal reverses it, and closes the link so nothing
    /// later acknowledges it by accident.
    private func unacknowledged(_ reason: String, session: ZVTSession) async -> PaymentTerminalError {
        await dropLink(generation: session.generation, reason: "a result was left unacknowledged: \(reason)")
        return violation("\(reason); it was not acknowledged", session: session, outcomeUnknown: true)
    }

    /// A receipt that cannot be stored is logged, not fatal: the payment itself is journalled.
    private func forwardReceipt(_ apdu: ZVTAPDU, events: PaymentTerminalEvents, session: ZVTSession) async throws(PaymentTerminalError) {
        let lines = receiptLines(apdu)
        if !lines.isEmpty {
            do {
                try await events.receipt(lines)
            } catch {
                logger.warning("storing ZVT receipt lines failed", metadata: ["terminal": "\(name)", "lines": "\(lines.count)"])
            }
        }
        try await acknowledge(on: session, outcomeUnknown: true)
    }

    /// Once the result is acknowledged it is booked; a failed answer to 06 0F changes nothing.
    private func handleCompletion(_ dialogue: ZVTAuthorizationDialogue, session: ZVTSession) async throws(PaymentTerminalError) -> TerminalResult {
        guard let result = dialogue.journalled else {
            try? await acknowledge(on: session, outcomeUnknown: true)
            throw violation("it completed without sending a result", session: session, outcomeUnknown: true)
        }
        do {
            try await acknowledge(on: session, outcomeUnknown: true)
        } catch {
            logger.notice("answering ZVT completion failed after the result was booked", metadata: ["terminal": "\(name)"])
        }
        return result
    }

    /// 06 1E books nothing, so its answer may fail without changing the outcome.
    private func handleAbortMessage(
        _ apdu: ZVTAPDU, dialogue: inout ZVTAuthorizationDialogue, events: PaymentTerminalEvents, session: ZVTSession
    ) async throws(PaymentTerminalError) -> TerminalResult {
        let result: TerminalResult
        if let journalled = dialogue.journalled {
            result = journalled
        } else {
            result = Self.abortResult(code: apdu.data.first ?? 0xFF)
            try await journal(result, events: events, session: session)
            dialogue.record(result, from: nil)
        }
        do {
            try await acknowledge(on: session, outcomeUnknown: true)
        } catch {
            logger.notice("answering ZVT abort failed", metadata: ["terminal": "\(name)"])
        }
        return result
    }

    static func label(_ result: TerminalResult) -> String {
        switch result {
        case .approved: "approved"
        case .declined(let code, _): "declined \(hex(UInt8(clamping: code)))"
        case .aborted(let code, _): "aborted \(hex(UInt8(clamping: code)))"
        }
    }
}
