public struct AssignRequest: Codable, Sendable {
    public var barcode: String
    public var resident: String
    public init(barcode: String, resident: String) {
        self.barcode = barcode
        self.resident = resident
    }
}

public struct DeliverRequest: Codable, Sendable {
    public var barcode: String
    public var outcome: DeliveryOutcome
    /// With a contact: "0-5", "5-15" or "15+" minutes at the door.
    public var minutes: String?

    public init(barcode: String, outcome: DeliveryOutcome, minutes: String? = nil) {
        self.barcode = barcode
        self.outcome = outcome
        self.minutes = minutes
    }
}

public struct ManifestImportRequest: Codable, Sendable {
    public var fileName: String
    public var content: String
    public var supplier: String?
    public init(fileName: String, content: String, supplier: String?) {
        self.fileName = fileName
        self.content = content
        self.supplier = supplier
    }
}

public struct SimulateScanRequest: Codable, Sendable {
    public var device: String
    public var code: String
    public init(device: String, code: String) {
        self.device = device
        self.code = code
    }
}

public struct SimulateTapRequest: Codable, Sendable {
    public var device: String
    /// The card's UID in hex, as a PC/SC reader shows it.
    public var uid: String
    public init(device: String, uid: String) {
        self.device = device
        self.uid = uid
    }
}

public struct SimulateScanResponse: Codable, Sendable {
    public var device: String
    public var path: String
    public var bytesWritten: Int
    public init(device: String, path: String, bytesWritten: Int) {
        self.device = device
        self.path = path
        self.bytesWritten = bytesWritten
    }
}
