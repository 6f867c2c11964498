import Foundation

/// A barcode read at the intake desk, ready to become a parcel.
public struct ParcelScan: Sendable, Equatable {
    /// Who the parcel is recorded as received by.
    public enum Receiver: Sendable, Equatable {
        case named(String?)
        /// Whoever is logged in at the intake console when the scan commits. It is read inside
        /// the scan's own transaction, so a scan needs no separate read (and no extra thread
        /// hop) before its write, and a login racing a scan is either wholly before or after it.
        case intakeOperator
    }

    public var barcode: String
    public var device: String
    public var receivedAt: Date
    public var receiver: Receiver
    /// The code as the scanner sent it, symbology prefix included: supplier patterns such as
    /// `^]C1` look at that.
    public var raw: String?

    public init(barcode: String, device: String, receivedAt: Date, receivedBy: String?, raw: String? = nil) {
        self.init(barcode: barcode, device: device, receivedAt: receivedAt, receiver: .named(receivedBy), raw: raw)
    }

    public init(barcode: String, device: String, receivedAt: Date, receiver: Receiver, raw: String? = nil) {
        self.barcode = barcode
        self.raw = raw
        self.device = device
        self.receivedAt = receivedAt
        self.receiver = receiver
    }
}
