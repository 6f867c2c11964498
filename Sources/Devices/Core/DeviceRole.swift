/// What a device is for at the hub; a device without a role is never opened.
public enum DeviceRole: String, Sendable, Codable, CaseIterable {
    case intake
    case pass
    case stock
    case payment
    case feedback
    case buttons
}
