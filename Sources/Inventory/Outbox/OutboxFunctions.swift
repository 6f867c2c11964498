import Crypto
import Foundation
import GRDB

/// The SQL functions the outbox triggers call, registered on every connection like the audit
/// chain's, so an event is built inside the transaction of the change it reports.
struct OutboxFunctions: Sendable {
    static let now = "buurhub_outbox_now"
    static let clockSynced = "buurhub_clock_synced"
    static let pseudonym = "buurhub_pseudonym"
    static let hash = "buurhub_outbox_hash"
    static let enabled = "buurhub_outbox_on"
    static let addressPseudonym = "buurhub_address_pseudonym"

    let clock: OutboxClock
    private let pseudonymKey: SymmetricKey
    /// Nil unless the hub shares address pseudonyms (`[central] share`).
    private let addressKey: SymmetricKey?

    init(hubKey: HubKey?, clock: OutboxClock, shareAddressPseudonyms: Bool = false) {
        self.clock = clock
        let key = hubKey ?? HubKey(bytes: Data(repeating: 0, count: 32))
        pseudonymKey = key.pseudonymKey
        addressKey = shareAddressPseudonyms ? key.addressKey : nil
    }

    var all: [DatabaseFunction] {
        let clock = self.clock
        let key = pseudonymKey
        return [
            DatabaseFunction(Self.enabled, argumentCount: 0, pure: true) { _ in 1 },
            DatabaseFunction(Self.now, argumentCount: 0, pure: false) { _ in StoredDate.text(clock.now()) },
            DatabaseFunction(Self.clockSynced, argumentCount: 0, pure: false) { _ in clock.isSynced() ? 1 : 0 },
            DatabaseFunction(Self.pseudonym, argumentCount: 1, pure: true) { values in
                Int64.fromDatabaseValue(values[0]).map { Self.pseudonym(of: $0, key: key) }
            },
            DatabaseFunction(Self.hash, argumentCount: 6, pure: true) { values in
                Self.hex(SHA256.hash(data: AuditChain.canonical(values)))
            },
            DatabaseFunction(Self.addressPseudonym, argumentCount: 3, pure: true) { [addressKey] values in
                guard let addressKey else { return nil }
                let parts = values.map { String.fromDatabaseValue($0) ?? "" }
                return Self.addressPseudonym(street: parts[0], number: parts[1], postcode: parts[2], key: addressKey)
            },
        ]
    }

    /// An address compares as the hub's own report compares it (`ReportStore.uniqueAddresses`:
    /// SQLite's `lower(trim(…))` on street and number, the postcode as stored), so central's
    /// count of unique addresses equals the hub's; 16 bytes of an HMAC, like a resident's.
    static func addressPseudonym(street: String, number: String, postcode: String, key: SymmetricKey) -> String {
        let canonical = ["address", sqliteLowerTrim(street), sqliteLowerTrim(number), postcode].joined(separator: "\u{1F}")
        return hex(HMAC<SHA256>.authenticationCode(for: Data(canonical.utf8), using: key).prefix(16))
    }

    /// SQLite's `trim` drops spaces only and its `lower` folds ASCII only.
    static func sqliteLowerTrim(_ text: String) -> String {
        let trimmed = text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
        return String(decoding: trimmed.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// For connections that edit a copy of the database rather than the hub's own (scrubbing an
    /// erasure out of a backup, preparing a restore): the triggers find their functions and
    /// write nothing, since the live hub already reported the change and a copy's numbers are
    /// not the hub's.
    static var silenced: [DatabaseFunction] {
        [
            DatabaseFunction(enabled, argumentCount: 0, pure: true) { _ in 0 },
            DatabaseFunction(now, argumentCount: 0, pure: true) { _ in nil },
            DatabaseFunction(clockSynced, argumentCount: 0, pure: true) { _ in nil },
            DatabaseFunction(pseudonym, argumentCount: 1, pure: true) { _ in nil },
            DatabaseFunction(hash, argumentCount: 6, pure: true) { _ in nil },
            DatabaseFunction(addressPseudonym, argumentCount: 3, pure: true) { _ in nil },
        ]
    }

    /// What central knows a resident by: 16 bytes of an HMAC of the local id under a key derived
    /// from the hub key, so the id cannot be turned back into a person without the hub's key
    /// file, yet stays the same across epochs, restores and every event.
    static func pseudonym(of residentID: Int64, key: SymmetricKey) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Data("resident \(residentID)".utf8), using: key).prefix(16))
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension HubKey {
    /// A key of its own for resident pseudonyms, so a pseudonym never doubles as a pass digest
    /// or an audit link.
    var pseudonymKey: SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("buurhub resident pseudonym v1".utf8), outputByteCount: 32)
    }

    /// Another for address pseudonyms, so an address's never equals a resident's.
    var addressKey: SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("buurhub address pseudonym v1".utf8), outputByteCount: 32)
    }
}
