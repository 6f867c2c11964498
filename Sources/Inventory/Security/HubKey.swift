import Crypto
import Foundation

/// The hub's secret for pass digests. It lives in its own file (mode 0600), outside the
/// database, so a copied database or backup alone cannot be matched against card UIDs.
public struct HubKey: Sendable {
    let key: SymmetricKey

    public init(bytes: Data) {
        key = SymmetricKey(data: bytes)
    }

    /// Reads the key file, or creates it with 32 random bytes on the hub's first start.
    public static func loadOrCreate(at path: String) throws -> HubKey {
        if FileManager.default.fileExists(atPath: path) {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard data.count == 32 else {
                throw InventoryError(
                    .storage,
                    nl: "sleutelbestand \(path) is beschadigd (\(data.count) bytes, verwacht 32) — zet de back-up terug; een nieuwe sleutel maakt alle passen onbekend",
                    en: "key file \(path) is damaged (\(data.count) bytes, expected 32) — restore it from backup; a new key makes every pass unknown"
                )
            }
            return HubKey(bytes: data)
        }
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw InventoryError(.storage, nl: "kan sleutelbestand \(path) niet aanmaken (errno \(errno))", en: "cannot create key file \(path) (errno \(errno))")
        }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw InventoryError(.storage, nl: "kan sleutelbestand \(path) niet schrijven", en: "cannot write key file \(path)")
        }
        return HubKey(bytes: bytes)
    }

    /// The digest of a tap that no Wiegand reader could have made (a 7-byte card, say).
    public func digest(ofPass uid: [UInt8]) -> PassDigest {
        PassDigest(bytes: mac(uid))
    }

    /// The digests under which a pass is stored and found. Which bits a Wiegand reader
    /// reports is the device layer's rule (`PassUID.wiegandBits`), so the caller passes them.
    /// Their digest is domain-separated, so it never equals the digest of a 3-byte UID.
    public func digest(ofPass uid: [UInt8], wiegandBits: [UInt8]?, wiegandOnly: Bool) -> PassDigest {
        PassDigest(bytes: mac(uid), wiegand: wiegandBits.map { mac(Self.wiegandDomain + $0) }, isWiegandOnly: wiegandOnly)
    }

    /// A MAC in its own domain, for a value the hub must recognise again without storing it:
    /// a dashboard form's token is the tag of the browser's token.
    public func tag(domain: String, _ message: String) -> Data {
        mac(Array("buurhub \(domain) ".utf8) + Array(message.utf8))
    }

    private static let wiegandDomain = Array("buurhub wiegand24 ".utf8)

    private func mac(_ message: [UInt8]) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }
}
