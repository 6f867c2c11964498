extension ZVTPaymentTerminal {
    /// Waits for the payment's own 80 00 00 first: until then a reply could belong to either
    /// command, and ZVT replies carry nothing to tell them apart.
    public func abort() async throws(PaymentTerminalError) -> Bool {
        guard let session = operation, session.kind == .authorization else { return false }
        guard await awaitAuthorizationAccepted(), operation?.id == session.id, abortReplies == nil else { return false }
        let replies = ZVTMailbox<ZVTAPDU>(limit: 1, name: name)
        abortReplies = replies
        do {
            try await session.link.send(ZVTCommand.abort())
        } catch {
            abortReplies = nil
            throw PaymentTerminalError(
                .linkLost, "could not send the abort to \(name): \(error.message) — the payment's own result follows", outcomeUnknown: false
            )
        }
        let reply = await replies.receive(timeout: timings.reply)
        if abortReplies === replies {
            abortReplies = nil
        }
        switch reply {
        case .success(let apdu):
            let accepted = apdu.classByte == 0x80
            logger.info("ZVT abort answered", metadata: ["terminal": "\(name)", "accepted": "\(accepted)"])
            return accepted
        case .failure(let error) where error.code == .timeout:
            throw PaymentTerminalError(
                .timeout, "\(name) did not answer the abort within \(timings.reply) — the payment goes on; wait for its result",
                outcomeUnknown: false
            )
        case .failure:
            return false
        }
    }

    func markAuthorizationAccepted() {
        authorizationAccepted = true
        resumeAcceptanceWaiters(true)
    }

    func endAuthorizationPhase() {
        authorizationAccepted = false
        resumeAcceptanceWaiters(false)
        abortReplies?.close(ZVTLinkError(.closed, "the payment on \(name) has finished"))
        abortReplies = nil
    }

    /// False when the payment ended (refused, failed) before the terminal accepted it.
    private func awaitAuthorizationAccepted() async -> Bool {
        if authorizationAccepted {
            return true
        }
        return await withCheckedContinuation { acceptanceWaiters.append($0) }
    }

    private func resumeAcceptanceWaiters(_ accepted: Bool) {
        let waiters = acceptanceWaiters
        acceptanceWaiters.removeAll()
        for waiter in waiters {
            waiter.resume(returning: accepted)
        }
    }
}
