/// The terminal's own record of its last transaction, as recovery reads it.
public struct PaymentTerminalRecord: Sendable, Equatable {
    public var amountCents: Int
    public var approval: PaymentApproval

    public init(amountCents: Int, approval: PaymentApproval) {
        self.amountCents = amountCents
        self.approval = approval
    }
}
