/// A request to charge, before it is stored.
public struct PaymentIntent: Sendable, Equatable {
    /// Unique per thing paid for, e.g. `service-use:42` or a staff-chosen `purchase-0815`.
    public var reference: String
    public var amount: Cents
    /// Set when the payment settles a kiosk registration.
    public var serviceUseID: Int64?
    /// The staff member who asked, or nil for a resident at the kiosk.
    public var staff: StaffActor?
    /// The configured terminal's name, for the record.
    public var terminal: String

    public init(reference: String, amount: Cents, serviceUseID: Int64? = nil, staff: StaffActor? = nil, terminal: String) {
        self.reference = reference
        self.amount = amount
        self.serviceUseID = serviceUseID
        self.staff = staff
        self.terminal = terminal
    }
}
