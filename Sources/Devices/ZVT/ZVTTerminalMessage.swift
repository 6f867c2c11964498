/// A terminal → ECR message, decoded as far as the payment flow needs it.
public enum ZVTTerminalMessage: Sendable, Equatable, Hashable {
    /// 04 0F: the transaction's result; journal it before answering 80 00 00.
    case statusInformation(ZVTStatusInformation)
    /// 04 FF: progress ("insert card", "PIN entry"); it resets the ECR's timeout.
    case intermediateStatus(UInt8)
    /// 06 D1: one receipt line with its attribute byte.
    case printLine(attribute: UInt8, text: String)
    /// 06 D3: a whole receipt as text lines.
    case printTextBlock([String])
    /// 06 1E: the transaction was aborted, with the reason.
    case abort(ZVTResultCode)
    /// 06 0F: the terminal finished the command.
    case completion
    case positiveReply
    /// 84 xx: `xx` is the refusal (83 not possible, 9C repeat later).
    case negativeReply(UInt8)
    /// Anything else, kept whole so it can be logged and answered.
    case other(ZVTAPDU)
}
