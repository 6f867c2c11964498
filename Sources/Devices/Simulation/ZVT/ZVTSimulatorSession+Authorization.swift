extension ZVTSimulatorSession {
    static let insertCard: UInt8 = 0x0A
    static let watchPINPad: UInt8 = 0x01
    static let waitingForHost: UInt8 = 0x04

    /// 06 01. An amount that cannot be read is refused before a script is used up, so a
    /// test's queue stays aligned with the authorizations that really ran.
    func authorize(_ command: ZVTAPDU) throws(ZVTSimulatorLinkLoss) {
        guard let amount = Self.amount(in: command) else {
            logger.warning("ZVT simulator got a 06 01 without a readable amount; it answers 84 83")
            try reply(ZVTSimulatorMessages.negativeReply(0x83))
            return
        }
        let script = shared.takeScript()
        if case .busy(let reason) = script.outcome {
            try reply(ZVTSimulatorMessages.negativeReply(reason))
            return
        }
        let trace = shared.withLedger { ledger in
            ledger.beginTransaction()
            return ledger.takeTrace(needingDLE: script.dleInData)
        }
        try reply(.positiveReply)
        var transaction = ZVTSimulatorTransaction(script: script, amountCents: amount, trace: trace)
        guard try runStatuses(&transaction) == .proceed else { return }
        switch script.outcome {
        case .approve: try approve(transaction)
        case .decline: try decline(transaction)
        case .customerTimeout: _ = try expectReply(after: ZVTSimulatorMessages.abort(0x6C), trailing: transaction.trailing)
        case .busy: break
        }
    }

    /// Insert card, PIN, host. An accepting terminal waits for the abort while it still asks
    /// for the card; a refusing one only once it is talking to its host.
    private func runStatuses(_ transaction: inout ZVTSimulatorTransaction) throws(ZVTSimulatorLinkLoss) -> ZVTSimulatorProgress {
        var steps = [Self.insertCard, Self.watchPINPad, Self.waitingForHost]
        if transaction.script.abort == .accept {
            let progress = try awaitAbort(sending: Self.insertCard, &transaction)
            guard progress == .proceed else { return progress }
            steps.removeFirst()
        }
        for code in steps {
            let progress = try status(code, &transaction)
            guard progress == .proceed else { return progress }
        }
        guard transaction.script.abort == .refuse else { return .proceed }
        return try awaitAbort(sending: Self.waitingForHost, &transaction)
    }

    private func awaitAbort(sending code: UInt8, _ transaction: inout ZVTSimulatorTransaction) throws(ZVTSimulatorLinkLoss) -> ZVTSimulatorProgress {
        let deadline = ContinuousClock.now + options.abortWindow
        while ContinuousClock.now < deadline, !transaction.abortRefused {
            let progress = try status(code, &transaction)
            guard progress == .proceed else { return progress }
        }
        return .proceed
    }

    /// One 04 FF and the pause after it, during which the ECR may send 06 B0.
    private func status(_ code: UInt8, _ transaction: inout ZVTSimulatorTransaction) throws(ZVTSimulatorLinkLoss) -> ZVTSimulatorProgress {
        try send(ZVTSimulatorMessages.intermediateStatus(code))
        switch try awaitReply() {
        case .acknowledged:
            break
        case .missing:
            logger.info("ZVT simulator got no reply to a status; it abandons the transaction, nothing charged")
            return .abandoned
        case .instead(let other):
            let progress = try interject(other, &transaction)
            guard progress == .proceed else { return progress }
        }
        let deadline = ContinuousClock.now + options.stepDelay
        while let other = try receive(until: deadline) {
            let progress = try interject(other, &transaction)
            guard progress == .proceed else { return progress }
        }
        return .proceed
    }

    /// An ECR message in the middle of a transaction: a late reply is ignored, 06 B0 is
    /// accepted or refused by the script, and any other command is refused because the
    /// terminal is busy.
    private func interject(_ apdu: ZVTAPDU, _ transaction: inout ZVTSimulatorTransaction) throws(ZVTSimulatorLinkLoss) -> ZVTSimulatorProgress {
        switch (apdu.classByte, apdu.instruction) {
        case (0x80, _), (0x84, _):
            return .proceed
        case (0x06, 0xB0) where transaction.script.abort == .accept:
            try reply(.positiveReply)
            _ = try expectReply(after: ZVTSimulatorMessages.abort(0x6C), trailing: transaction.trailing)
            return .aborted
        case (0x06, 0xB0):
            transaction.abortRefused = true
            try reply(ZVTSimulatorMessages.negativeReply(0x83))
            return .proceed
        default:
            try reply(ZVTSimulatorMessages.negativeReply(0x83))
            return .proceed
        }
    }

    private func decline(_ transaction: ZVTSimulatorTransaction) throws(ZVTSimulatorLinkLoss) {
        let status = ZVTSimulatorMessages.statusInformation([
            ZVTSimulatorMessages.result(0x05), ZVTSimulatorMessages.amount(transaction.amountCents),
            ZVTSimulatorMessages.trace(transaction.trace),
        ])
        try send(status, corruptingFirstCRC: transaction.script.corruptFirstStatusCRC, trailing: transaction.trailing)
        guard try acknowledged() else { return }
        guard try expectReply(after: ZVTSimulatorMessages.printLine("Abgelehnt")) else { return }
        _ = try expectReply(after: ZVTSimulatorMessages.abort(0x05), trailing: transaction.trailing)
    }

    /// Waits for the reply to a 04 0F; anything else becomes the next command.
    func acknowledged() throws(ZVTSimulatorLinkLoss) -> Bool {
        switch try awaitReply() {
        case .acknowledged:
            return true
        case .missing:
            return false
        case .instead(let other):
            deferred = other
            return false
        }
    }

    static func amount(in command: ZVTAPDU) -> Int64? {
        guard let fields = try? ZVTBMPReader.fields(command.data),
              let field = fields.first(where: { $0.tag == 0x04 }) else { return nil }
        return BCD.cents(fromAmount: field.value)
    }
}
