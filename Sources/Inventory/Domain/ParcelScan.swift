import Foundation

/// A barcode read at the intake desk, ready to become a parcel.
public struct ParcelScan: Sendable, Equatable {
    public var barcode: String
    public var device: String
    public var receivedAt: Date
    public var receivedBy: String?
    /// The code as the scanner sent it, symbology prefix included: supplier patterns such as
    /// `^]C1` look at that.
    public var raw: String?

    public init(barcode: String, device: String, receivedAt: Date, receivedBy: String?, raw: String? = nil) {
        self.barcode = barcode
        self.raw = raw
        self.device = device
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
    }
}
