/// What a running payment has settled so far: the journalled result, and what identifies the
/// 04 0F it came from, so a repeated 04 0F (our 80 00 00 lost on the way) is recognised.
struct ZVTAuthorizationDialogue: Sendable {
    private(set) var journalled: TerminalResult?
    private var receiptNumber: Int?
    private var resultCode: ZVTResultCode?

    mutating func record(_ result: TerminalResult, from info: ZVTStatusInformation?) {
        journalled = result
        receiptNumber = info?.receiptNumber
        resultCode = info?.resultCode
    }

    func isDuplicate(_ info: ZVTStatusInformation) -> Bool {
        journalled != nil && info.receiptNumber == receiptNumber && info.resultCode == resultCode
    }
}
