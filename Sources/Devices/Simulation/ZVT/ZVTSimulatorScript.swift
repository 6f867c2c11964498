/// What the simulated terminal does with the next authorization (06 01).
///
/// Every misbehaviour is a separate switch so a test can combine them, e.g. a DLE-heavy
/// approval whose first 04 0F frame also has a broken CRC.
public struct ZVTSimulatorScript: Sendable, Equatable, Hashable {
    public var outcome: Outcome
    public var abort: AbortHandling
    public var linkFault: LinkFault
    /// Serial only: the first frame of the 06 01 gets a NAK, its repeat an ACK.
    public var nakFirstFrame: Bool
    /// Serial only: the first 04 0F frame goes out with a wrong CRC byte; the ECR must NAK it.
    public var corruptFirstStatusCRC: Bool
    /// Moves the receipt and trace counters to numbers whose BCD holds 0x10, so the frames
    /// need DLE stuffing.
    public var dleInData: Bool
    /// Pads the 04 0F with a 300-character BMP 3C so its length needs `FF lo hi`.
    public var extendedLength: Bool
    /// Sends the approval's 04 0F a second time, as a terminal does that missed the ECR's reply.
    public var duplicateStatus: Bool
    /// Writes `ZVTSimulatorScript.staleBytes` after the 04 0F and after the closing message.
    public var staleTrailingBytes: Bool
    /// A card number the terminal leaks in BMP 3C and in a receipt line; the hub must not keep it.
    public var cardNumberInText: String?
    public var receiptLines: [String]

    /// Chosen so none of them is a serial ACK, NAK or DLE.
    public static let staleBytes: [UInt8] = [0x00, 0xFF, 0x0D, 0x0A]
    public static let defaultReceiptLines = [
        "BUURHUB TESTTERMINAL", "Kartenzahlung", "girocard", "Zahlung erfolgt",
    ]

    public init(
        outcome: Outcome = .approve, abort: AbortHandling = .none, linkFault: LinkFault = .none,
        nakFirstFrame: Bool = false, corruptFirstStatusCRC: Bool = false, dleInData: Bool = false,
        extendedLength: Bool = false, duplicateStatus: Bool = false, staleTrailingBytes: Bool = false,
        cardNumberInText: String? = nil, receiptLines: [String] = defaultReceiptLines
    ) {
        self.outcome = outcome
        self.abort = abort
        self.linkFault = linkFault
        self.nakFirstFrame = nakFirstFrame
        self.corruptFirstStatusCRC = corruptFirstStatusCRC
        self.dleInData = dleInData
        self.extendedLength = extendedLength
        self.duplicateStatus = duplicateStatus
        self.staleTrailingBytes = staleTrailingBytes
        self.cardNumberInText = cardNumberInText
        self.receiptLines = receiptLines
    }

    public static let approve = ZVTSimulatorScript()
    public static let decline = ZVTSimulatorScript(outcome: .decline)
    public static let customerTimeout = ZVTSimulatorScript(outcome: .customerTimeout)
    public static let abortAccepted = ZVTSimulatorScript(abort: .accept)
    public static let abortRefused = ZVTSimulatorScript(abort: .refuse)
    public static let dropBeforeAck = ZVTSimulatorScript(linkFault: .dropBeforeAck)
    public static let dropAfterAck = ZVTSimulatorScript(linkFault: .dropAfterAck)

    public static func busy(_ code: UInt8 = 0x9C) -> ZVTSimulatorScript {
        ZVTSimulatorScript(outcome: .busy(code))
    }
}
