/// One announced parcel, with the line it came from so errors can point at it.
public struct ManifestRow: Sendable, Equatable, Codable {
    public var line: Int
    public var barcode: String
    public var resident: String
    public var supplier: String?

    public init(line: Int, barcode: String, resident: String, supplier: String? = nil) {
        self.line = line
        self.barcode = barcode
        self.resident = resident
        self.supplier = supplier
    }
}
