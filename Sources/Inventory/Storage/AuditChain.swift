import Crypto
import Foundation
import GRDB

/// Links every audit row to the one before it with an HMAC under a key derived from the hub key.
///
/// Someone who can edit the database file (a copied SD card, an `sqlite3` shell) cannot change,
/// insert or delete a row without breaking a link, because the key lives outside the database.
/// The link is computed by a SQL function registered on every connection, so `AuditLog.record`
/// stays a plain function of a `Database` and the chain is extended in the same transaction as
/// the row. The last rows can still be cut off unnoticed; `kiosk audit verify` prints the head,
/// which backups and earlier verifications keep.
struct AuditChain: Sendable {
    static let functionName = "buurhub_audit_link"
    /// The columns a link covers, in order, after the previous link.
    static let columns = "id, at, staff_id, staff_name, action, resident_id, subject"

    private let key: SymmetricKey

    init(hubKey: HubKey?) {
        key = hubKey?.auditChainKey ?? SymmetricKey(data: Data(repeating: 0, count: 32))
    }

    var function: DatabaseFunction {
        let key = self.key
        return DatabaseFunction(Self.functionName, argumentCount: 8, pure: true) { values in
            Data(HMAC<SHA256>.authenticationCode(for: Self.canonical(values), using: key))
        }
    }

    /// Each value with its storage class and length, so no two different rows encode alike.
    static func canonical(_ values: [DatabaseValue]) -> Data {
        var bytes = Data()
        for value in values {
            switch value.storage {
            case .null: bytes.append(contentsOf: [0x4E])
            case .int64(let number): bytes.append(tagged: 0x49, Data(String(number).utf8))
            case .double(let number): bytes.append(tagged: 0x44, Data(String(number).utf8))
            case .string(let text): bytes.append(tagged: 0x54, Data(text.utf8))
            case .blob(let data): bytes.append(tagged: 0x42, data)
            }
        }
        return bytes
    }
}

private extension Data {
    mutating func append(tagged tag: UInt8, _ payload: Data) {
        append(tag)
        var length = UInt32(payload.count).bigEndian
        Swift.withUnsafeBytes(of: &length) { append(contentsOf: $0) }
        append(payload)
    }
}

extension HubKey {
    /// A key of its own for the audit chain, so a link never doubles as a pass digest.
    var auditChainKey: SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("buurhub audit chain v1".utf8), outputByteCount: 32)
    }
}
