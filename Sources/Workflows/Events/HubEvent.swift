import Foundation
import Inventory

/// A live event for the console: what just happened at a device, already in the hub's words.
public struct HubEvent: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case scanAccepted = "scan-accepted"
        case scanDuplicate = "scan-duplicate"
        case scanRejected = "scan-rejected"
        case scanFailed = "scan-failed"
        /// The kiosk console's screen changed; `screen` holds the new one.
        case screen
        /// A card payment moved on; `payment` says which and how.
        case payment
        /// A scan or a step at the stock desk; `stock` says what became of it.
        case stock
    }

    public var kind: Kind
    public var time: Date
    public var device: String
    public var barcode: String?
    public var message: LocalizedText
    public var parcel: ParcelView?
    public var screen: ConsoleScreen?
    public var payment: PaymentNotice?
    public var stock: StockDeskNotice?

    public init(
        kind: Kind, time: Date, device: String, barcode: String?, message: LocalizedText, parcel: ParcelView? = nil,
        screen: ConsoleScreen? = nil, payment: PaymentNotice? = nil, stock: StockDeskNotice? = nil
    ) {
        self.kind = kind
        self.time = time
        self.device = device
        self.barcode = barcode
        self.message = message
        self.parcel = parcel
        self.screen = screen
        self.payment = payment
        self.stock = stock
    }
}
