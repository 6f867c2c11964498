/// One configured device, as the config file names it.
public struct DeviceDescriptor: Sendable, Codable, Equatable {
    public var name: String
    public var role: DeviceRole?
    public var driver: DriverKind
    public var path: String?
    public var layout: String?
    public var baud: Int
    public var terminator: LineTerminator
    /// Longest accepted code; longer lines are dropped whole, never truncated.
    public var maxCodeLength: Int
    /// Codes per second a device may deliver before further codes are dropped.
    public var maxCodesPerSecond: Int

    public init(
        name: String,
        role: DeviceRole?,
        driver: DriverKind,
        path: String? = nil,
        layout: String? = nil,
        baud: Int = 9600,
        terminator: LineTerminator = .cr,
        maxCodeLength: Int = 256,
        maxCodesPerSecond: Int = 20
    ) {
        self.name = name
        self.role = role
        self.driver = driver
        self.path = path
        self.layout = layout
        self.baud = baud
        self.terminator = terminator
        self.maxCodeLength = maxCodeLength
        self.maxCodesPerSecond = maxCodesPerSecond
    }
}
