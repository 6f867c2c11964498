import Foundation
import Inventory

/// The payment side of `kiosk status`.
public struct PaymentDeskStatus: Sendable, Codable, Equatable {
    public var terminal: String
    public var protocolName: String
    public var runningPaymentId: Int64?
    /// Payments whose outcome is still being recovered; new payments wait for them.
    public var unresolved: Int
    public var lastProblem: String?
    public var lastContact: Date?
    public var lastReconciliation: PaymentReconciliation?
}
