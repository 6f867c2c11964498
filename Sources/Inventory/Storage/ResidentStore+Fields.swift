import Foundation

extension ResidentStore {
    static func newResident(_ fields: ResidentFields, now: Date) throws(InventoryError) -> Resident {
        func required(_ value: String?, _ flag: String) throws(InventoryError) -> String {
            guard let value = clean(value) else {
                throw InventoryError(
                    .invalidInput,
                    nl: "\(flag) ontbreekt — geef het mee, bijvoorbeeld \(flag) \"...\"",
                    en: "\(flag) is missing — pass it, e.g. \(flag) \"...\""
                )
            }
            return value
        }
        return Resident(
            id: nil,
            reference: clean(fields.reference),
            name: try required(fields.name, "--name"),
            street: try required(fields.street, "--street"),
            houseNumber: try required(fields.houseNumber, "--number"),
            postcode: try Address.normalisedPostcode(try required(fields.postcode, "--postcode")),
            town: try required(fields.town, "--town"),
            phone: clean(fields.phone),
            remarks: clean(fields.remarks),
            createdAt: now,
            updatedAt: now
        )
    }

    static func apply(_ fields: ResidentFields, to resident: inout Resident) throws(InventoryError) {
        if let name = clean(fields.name) { resident.name = name }
        if let street = clean(fields.street) { resident.street = street }
        if let number = clean(fields.houseNumber) { resident.houseNumber = number }
        if let postcode = clean(fields.postcode) { resident.postcode = try Address.normalisedPostcode(postcode) }
        if let town = clean(fields.town) { resident.town = town }
        if let reference = fields.reference { resident.reference = clean(reference) }
        if let phone = fields.phone { resident.phone = clean(phone) }
        if let remarks = fields.remarks { resident.remarks = clean(remarks) }
    }

    /// Blank means absent, so an edit with `--phone ""` clears the phone number.
    private static func clean(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension ResidentStore {
    /// Field names only: the audit trail says that the phone number changed, not what it is.
    static func changedFields(from old: Resident, to new: Resident) -> [String] {
        let pairs: [(String, String?, String?)] = [
            ("reference", old.reference, new.reference), ("name", old.name, new.name), ("street", old.street, new.street),
            ("house_number", old.houseNumber, new.houseNumber), ("postcode", old.postcode, new.postcode),
            ("town", old.town, new.town), ("phone", old.phone, new.phone), ("remarks", old.remarks, new.remarks),
        ]
        return pairs.filter { $0.1 != $0.2 }.map(\.0)
    }
}
