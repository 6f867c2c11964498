/// The editable fields of a resident; `nil` means "leave as it is" on edit and "missing" on add.
public struct ResidentFields: Sendable, Codable, Equatable {
    public var reference: String?
    public var name: String?
    public var street: String?
    public var houseNumber: String?
    public var postcode: String?
    public var town: String?
    public var phone: String?
    public var remarks: String?

    public init(
        reference: String? = nil, name: String? = nil, street: String? = nil, houseNumber: String? = nil,
        postcode: String? = nil, town: String? = nil, phone: String? = nil, remarks: String? = nil
    ) {
        self.reference = reference
        self.name = name
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.town = town
        self.phone = phone
        self.remarks = remarks
    }
}
