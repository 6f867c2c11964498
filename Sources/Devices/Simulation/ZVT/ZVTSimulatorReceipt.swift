/// A booked approval together with what the terminal printed, so a repeat receipt (06 20)
/// sends exactly the same fields and lines as the original.
struct ZVTSimulatorReceipt: Sendable, Equatable {
    var charge: ZVTSimulatorCharge
    var lines: [String]
}
