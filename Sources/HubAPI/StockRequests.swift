/// `kiosk stock articles import FILE`: the file's text, parsed by the hub so errors name its lines.
public struct StockImportRequest: Codable, Sendable {
    public var fileName: String
    public var content: String

    public init(fileName: String, content: String) {
        self.fileName = fileName
        self.content = content
    }
}

/// `kiosk stock desk start MODE [--resident R | --tap]`.
public struct StockDeskStartRequest: Codable, Sendable {
    public var mode: StockDeskMode
    public var resident: String?
    /// Wait for the resident's pass on any pass reader.
    public var tap: Bool
    /// Why, for a write-off batch.
    public var reason: String?

    public init(mode: StockDeskMode, resident: String?, tap: Bool, reason: String? = nil) {
        self.mode = mode
        self.resident = resident
        self.tap = tap
        self.reason = reason
    }
}

/// `kiosk stock desk quantity N`: the keypad's count for the last line.
public struct StockDeskQuantityRequest: Codable, Sendable {
    public var quantity: Int

    public init(quantity: Int) {
        self.quantity = quantity
    }
}

/// `kiosk stock loans extend SERIAL --weeks N --agreed-by NAME [--override REASON]`.
public struct StockLoanExtendRequest: Codable, Sendable {
    public var serial: String
    public var weeks: Int
    public var agreedBy: String
    public var overrideReason: String?

    public init(serial: String, weeks: Int, agreedBy: String, overrideReason: String?) {
        self.serial = serial
        self.weeks = weeks
        self.agreedBy = agreedBy
        self.overrideReason = overrideReason
    }
}

/// `kiosk stock cleaning start SERIAL`.
public struct StockSerialRequest: Codable, Sendable {
    public var serial: String

    public init(serial: String) {
        self.serial = serial
    }
}
