import Devices
import Inventory

/// The whole of `hubd.toml`, validated.
public struct Configuration: Sendable {
    public var hub: HubSettings
    public var devices: [DeviceDescriptor]
    public var suppliers: [Supplier]
    /// The file it came from, or `nil` for the embedded default.
    public var sourcePath: String?

    public init(hub: HubSettings, devices: [DeviceDescriptor], suppliers: [Supplier], sourcePath: String?) {
        self.hub = hub
        self.devices = devices
        self.suppliers = suppliers
        self.sourcePath = sourcePath
    }
}
