import Foundation

/// A tap staff should know about (an unknown pass), without the card's UID: a UID is a key to
/// a resident's records and is never shown or logged.
public struct PassTapNotice: Sendable, Codable, Equatable {
    public var device: String
    public var time: Date
    public var message: String

    public init(device: String, time: Date, message: String) {
        self.device = device
        self.time = time
        self.message = message
    }
}
