import Foundation

/// A barcode read at the intake desk, ready to become a parcel.
public struct ParcelScan: Sendable, Equatable {
    public var barcode: String
    public var device: String
    public var receivedAt: Date
    public var receivedBy: String?

    public init(barcode: String, device: String, receivedAt: Date, receivedBy: String?) {
        self.barcode = barcode
        self.device = device
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
    }
}
