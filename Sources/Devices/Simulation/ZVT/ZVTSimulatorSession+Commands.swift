extension ZVTSimulatorSession {
    /// 06 00: the terminal only answers a registration carrying its own password.
    func register(_ command: ZVTAPDU) throws(ZVTSimulatorLinkLoss) {
        guard passwordMatches(command) else {
            logger.info("ZVT simulator refuses a registration with the wrong password")
            try reply(ZVTSimulatorMessages.negativeReply(0x83))
            return
        }
        try reply(.positiveReply)
        _ = try expectReply(after: ZVTSimulatorMessages.completion)
    }

    /// 05 01: the answer an ECR uses after a lost link to learn that the terminal is alive.
    func answerStatusEnquiry() throws(ZVTSimulatorLinkLoss) {
        try reply(.positiveReply)
        let status = ZVTSimulatorMessages.statusInformation([
            ZVTSimulatorMessages.result(0x00), ZVTSimulatorMessages.terminalID(options.terminalID),
        ])
        guard try expectReply(after: status) else { return }
        _ = try expectReply(after: ZVTSimulatorMessages.completion)
    }

    /// 06 20: reprints the last transaction only if it was booked and not reversed; otherwise
    /// 06 1E FF tells a recovering ECR that nothing was charged.
    func repeatReceipt() throws(ZVTSimulatorLinkLoss) {
        try reply(.positiveReply)
        guard let receipt = shared.withLedger({ $0.lastReceipt }) else {
            _ = try expectReply(after: ZVTSimulatorMessages.abort(0xFF))
            return
        }
        guard try expectReply(after: ZVTSimulatorMessages.statusInformation(receiptFields(receipt.charge))) else { return }
        try printAndComplete(receipt.lines)
    }

    /// 06 50: totals of the batch since the last end-of-day, which then starts empty even if
    /// the ECR never answers, as a terminal settles with its host regardless.
    func endOfDay(_ command: ZVTAPDU) throws(ZVTSimulatorLinkLoss) {
        guard passwordMatches(command) else {
            try reply(ZVTSimulatorMessages.negativeReply(0x83))
            return
        }
        try reply(.positiveReply)
        let (batch, lastReceipt) = shared.withLedger { ($0.closeBatch(), $0.lastIssuedReceipt) }
        let turnover = batch.reduce(Int64(0)) { $0 + $1.amountCents }
        let status = ZVTSimulatorMessages.statusInformation([
            ZVTSimulatorMessages.result(0x00), ZVTSimulatorMessages.amount(turnover),
            ZVTSimulatorMessages.receiptNumber(lastReceipt), ZVTSimulatorMessages.totals(batch),
        ])
        logger.info("ZVT simulator closes a batch of \(batch.count) charges")
        guard try expectReply(after: status) else { return }
        let lines = ["Kassenschnitt", "Anzahl \(batch.count)", "Summe EUR \(Self.euros(turnover))"]
        try printAndComplete(lines)
    }

    /// 06 30: only the most recent charge can be reversed, as on most real terminals.
    func reverse(_ command: ZVTAPDU) throws(ZVTSimulatorLinkLoss) {
        guard passwordMatches(command), let number = Self.receiptNumber(in: command),
              let charge = shared.withLedger({ $0.reverseLast(receiptNumber: number) })
        else {
            try reply(ZVTSimulatorMessages.negativeReply(0x83))
            return
        }
        logger.info("ZVT simulator reversed receipt \(number) on the ECR's request")
        try reply(.positiveReply)
        let status = ZVTSimulatorMessages.statusInformation([
            ZVTSimulatorMessages.result(0x00), ZVTSimulatorMessages.amount(charge.amountCents),
            ZVTSimulatorMessages.receiptNumber(charge.receiptNumber), ZVTSimulatorMessages.terminalID(options.terminalID),
        ])
        guard try expectReply(after: status) else { return }
        _ = try expectReply(after: ZVTSimulatorMessages.completion)
    }

    private static func receiptNumber(in command: ZVTAPDU) -> Int? {
        guard let fields = try? ZVTBMPReader.fields(Array(command.data.dropFirst(3))),
              let field = fields.first(where: { $0.tag == 0x87 }),
              let number = BCD.decode(field.value) else { return nil }
        return Int(number)
    }
}
