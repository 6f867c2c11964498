/// `kiosk pay AMOUNT --reference REF`: the amount as typed ("1,50"), parsed by the hub.
public struct PayRequest: Codable, Sendable {
    public var amount: String
    public var reference: String

    public init(amount: String, reference: String) {
        self.amount = amount
        self.reference = reference
    }
}

public struct PaymentAbortResponse: Codable, Sendable {
    /// False when no payment ran or the terminal refused (the bank was already contacted).
    public var accepted: Bool

    public init(accepted: Bool) {
        self.accepted = accepted
    }
}

/// `kiosk simulate terminal SCRIPT`: how the simulated terminal answers the next payment.
public struct SimulateTerminalRequest: Codable, Sendable {
    public var device: String?
    public var script: String

    public init(device: String?, script: String) {
        self.device = device
        self.script = script
    }
}
