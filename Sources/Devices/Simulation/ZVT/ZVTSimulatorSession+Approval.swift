extension ZVTSimulatorSession {
    static let maskedPAN = "6726********1234"
    static let cardName = "girocard"
    static let extendedTextLength = 300

    /// The charge is booked only when the ECR answers the 04 0F: a terminal that never hears
    /// that answer reverses the payment itself (PA00P015), which is what the hub's
    /// exactly-once recovery must cope with.
    func approve(_ transaction: ZVTSimulatorTransaction) throws(ZVTSimulatorLinkLoss) {
        let script = transaction.script
        let receiptNumber = shared.withLedger { $0.takeReceiptNumber(needingDLE: script.dleInData) }
        let charge = ZVTSimulatorCharge(receiptNumber: receiptNumber, amountCents: transaction.amountCents, trace: transaction.trace)
        let status = approvalStatus(charge, script: script)
        try send(status, corruptingFirstCRC: script.corruptFirstStatusCRC, trailing: transaction.trailing)
        if script.linkFault == .dropBeforeAck {
            reverse(charge, because: "the script drops the link before the ECR's reply")
            throw .lost
        }
        let answered: Bool
        do {
            answered = try acknowledged()
        } catch {
            reverse(charge, because: "the link was lost before the ECR answered the 04 0F")
            throw error
        }
        guard answered else {
            reverse(charge, because: "the ECR did not answer the 04 0F")
            return
        }
        let lines = receiptLines(charge, script: script)
        shared.withLedger { $0.book(ZVTSimulatorReceipt(charge: charge, lines: lines)) }
        logger.info("ZVT simulator booked receipt \(charge.receiptNumber) over \(charge.amountCents) cents")
        if script.duplicateStatus {
            try send(status)
            _ = try acknowledged()
        }
        if script.linkFault == .dropAfterAck {
            logger.info("ZVT simulator drops the link after the booking, as scripted")
            throw .lost
        }
        try printAndComplete(lines, trailing: transaction.trailing)
    }

    func approvalStatus(_ charge: ZVTSimulatorCharge, script: ZVTSimulatorScript) -> ZVTAPDU {
        var fields = receiptFields(charge) + [
            ZVTSimulatorMessages.maskedPAN(Self.maskedPAN), ZVTSimulatorMessages.cardName(Self.cardName),
        ]
        if let text = statusText(script) {
            fields.append(ZVTSimulatorMessages.text(text))
        }
        return ZVTSimulatorMessages.statusInformation(fields)
    }

    /// What a repeat receipt (06 20) sends again.
    func receiptFields(_ charge: ZVTSimulatorCharge) -> [[UInt8]] {
        [
            ZVTSimulatorMessages.result(0x00), ZVTSimulatorMessages.amount(charge.amountCents),
            ZVTSimulatorMessages.receiptNumber(charge.receiptNumber), ZVTSimulatorMessages.trace(charge.trace),
            ZVTSimulatorMessages.terminalID(options.terminalID),
        ]
    }

    private func statusText(_ script: ZVTSimulatorScript) -> String? {
        let base = script.cardNumberInText.map { "Karte \($0)" }
        guard script.extendedLength else { return base }
        let text = base ?? "Zahlung erfolgt"
        return text + String(repeating: " ", count: max(0, Self.extendedTextLength - text.count))
    }

    private func receiptLines(_ charge: ZVTSimulatorCharge, script: ZVTSimulatorScript) -> [String] {
        var lines = script.receiptLines
        lines.append("Beleg-Nr. \(charge.receiptNumber)  Trace \(charge.trace)")
        lines.append("Betrag EUR \(Self.euros(charge.amountCents))")
        if let card = script.cardNumberInText {
            lines.append("Karte \(card)")
        }
        return lines
    }

    private func reverse(_ charge: ZVTSimulatorCharge, because reason: String) {
        shared.withLedger { $0.reverseUnacknowledged(charge) }
        logger.info("ZVT simulator reversed receipt \(charge.receiptNumber): \(reason)")
    }

    static func euros(_ cents: Int64) -> String {
        let fraction = cents % 100
        return "\(cents / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
