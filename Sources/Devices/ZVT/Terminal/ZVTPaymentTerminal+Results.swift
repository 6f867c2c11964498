import Foundation

extension ZVTPaymentTerminal {
    /// 04 FF's first data byte as a step the kiosk can show; codes per PA00P015's list of
    /// intermediate status texts, as far as the hub has words for them.
    static func progress(_ code: UInt8?) -> TerminalProgress {
        switch code {
        case 0x0A: .insertCard
        case 0x01, 0x02: .enterPIN
        case 0x04: .waitingForHost
        case 0x0B: .removeCard
        case 0x0E, 0x17: .pleaseWait
        case let code?: .other(Int(code))
        case nil: .other(-1)
        }
    }

    /// The terminal's own text (BMP 3C) is the best reason a staff member can read, so it is
    /// used when present, cleared of card numbers.
    static func result(from info: ZVTStatusInformation, code: ZVTResultCode) -> TerminalResult {
        let text = info.text.map(CardNumberRedactor.redact).map { $0.trimmingCharacters(in: .whitespaces) }
        let reason = text.flatMap { $0.isEmpty ? nil : $0 }
        switch code {
        case .ok:
            return .approved(transaction(from: info))
        case .declined:
            return .declined(code: 0x05, reason: reason ?? "declined by the card issuer")
        case .timeoutOrAbort:
            return .aborted(code: 0x6C, reason: reason ?? abortReason)
        default:
            return .declined(code: Int(code.byte), reason: reason ?? "refused by the terminal (result code \(hex(code.byte)))")
        }
    }

    static let abortReason = "cancelled or timed out on the terminal"

    /// 06 1E carries only a result code: 05 is a decline, anything else an abort.
    static func abortResult(code: UInt8) -> TerminalResult {
        switch code {
        case 0x05: .declined(code: 0x05, reason: "declined by the card issuer")
        case 0x6C: .aborted(code: 0x6C, reason: abortReason)
        default: .aborted(code: Int(code), reason: "aborted by the terminal (result code \(hex(code)))")
        }
    }

    /// The codec already masks BMP 22, but a terminal that marks hidden digits differently
    /// could leave more than four readable; masking again costs nothing.
    static func transaction(from info: ZVTStatusInformation) -> TerminalTransaction {
        TerminalTransaction(
            receiptNumber: info.receiptNumber, amountCents: info.amountCents, trace: info.trace,
            terminalID: info.terminalID, maskedPAN: info.maskedPAN.map(CardNumberRedactor.mask),
            cardName: info.cardName.map(CardNumberRedactor.redact)
        )
    }

    /// Receipt text from 06 D1 or 06 D3, cleared of card numbers; an undecodable block gives
    /// no lines rather than failing the payment over a receipt.
    func receiptLines(_ apdu: ZVTAPDU) -> [String] {
        let lines: [String]
        switch try? ZVTTerminalMessage(apdu) {
        case .printLine(_, let text)?:
            lines = [text]
        case .printTextBlock(let block)?:
            lines = block
        default:
            logger.notice("undecodable ZVT receipt text skipped", metadata: ["terminal": "\(name)", "apdu": "\(apdu.logLabel)"])
            lines = []
        }
        return lines.map(CardNumberRedactor.redact)
    }
}
