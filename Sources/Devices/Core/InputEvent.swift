import Foundation

/// A decoded input from a device: the only thing that crosses from the device layer to the workflows.
public struct InputEvent: Sendable, Equatable {
    public enum Payload: Sendable, Equatable {
        case code(ScannedCode)
        case tap(PassUID)
        /// A kiosk button, numbered as on its label (1-based).
        case button(Int)
        case rejected(InputRejection)
    }

    public var device: String
    public var role: DeviceRole
    public var time: Date
    public var payload: Payload

    public init(device: String, role: DeviceRole, time: Date = Date(), payload: Payload) {
        self.device = device
        self.role = role
        self.time = time
        self.payload = payload
    }
}
