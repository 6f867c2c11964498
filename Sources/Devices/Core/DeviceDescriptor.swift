/// One configured device, as the config file names it.
public struct DeviceDescriptor: Sendable, Codable, Equatable {
    public var name: String
    public var role: DeviceRole?
    public var driver: DriverKind
    public var path: String?
    public var layout: String?
    public var baud: Int
    public var terminator: LineTerminator
    /// Longest accepted code; longer codes are dropped whole, never truncated.
    public var maxCodeLength: Int
    /// Sustained codes per second a device may deliver; beyond it (after `burst`) codes are dropped and counted.
    public var maxCodesPerSecond: Int
    public var burst: Int
    /// The same code again within this window is one scan (a double read, or a card held still).
    public var repeatWindow: Duration
    /// For keyboard scanners without a suffix: a pause this long ends the code.
    public var suffixTimeout: Duration?
    public var uidFormat: UIDFormat
    /// How many bytes the reader's cards carry (4 for MIFARE Classic/EM4100, 7 for NTAG/DESFire).
    public var uidLength: Int
    public var usb: USBMatch?
    public var gpio: GPIOLines?
    public var terminal: TerminalSettings?

    public init(
        name: String,
        role: DeviceRole?,
        driver: DriverKind,
        path: String? = nil,
        layout: String? = nil,
        baud: Int = 9600,
        terminator: LineTerminator = .cr,
        maxCodeLength: Int? = nil,
        maxCodesPerSecond: Int = 10,
        burst: Int = 20,
        repeatWindow: Duration = .seconds(2),
        suffixTimeout: Duration? = nil,
        uidFormat: UIDFormat = .hex,
        uidLength: Int = 4,
        usb: USBMatch? = nil,
        gpio: GPIOLines? = nil,
        terminal: TerminalSettings? = nil
    ) {
        self.name = name
        self.role = role
        self.driver = driver
        self.path = path
        self.layout = layout
        self.baud = baud
        self.terminator = terminator
        self.maxCodeLength = maxCodeLength ?? Self.defaultMaxCodeLength(for: driver)
        self.maxCodesPerSecond = maxCodesPerSecond
        self.burst = burst
        self.repeatWindow = repeatWindow
        self.suffixTimeout = suffixTimeout
        self.uidFormat = uidFormat
        self.uidLength = uidLength
        self.usb = usb
        self.gpio = gpio
        self.terminal = terminal
    }

    /// Keyboard scanners carry 2D codes (GS1 DataMatrix on medicines), serial lines are shorter.
    public static func defaultMaxCodeLength(for driver: DriverKind) -> Int {
        switch driver {
        case .evdev, .hid: 512
        default: 256
        }
    }
}
