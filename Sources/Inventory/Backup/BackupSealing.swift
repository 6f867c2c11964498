import Crypto
import Foundation

/// Backups encrypted to a public key (`[backup] recipient`), so a lost stick reveals nothing:
/// HPKE (RFC 9180) in base mode with X25519, HKDF-SHA256 and ChaCha20-Poly1305, from
/// swift-crypto. The hub holds only the public key; the private key (`hubd backup-key`) stays
/// with the coordinator and is needed only to restore.
///
/// The file: a magic line, the encapsulated key, then chunks of at most 1 MiB, each a 4-byte
/// big-endian length and its ciphertext. Each chunk authenticates its index and whether it is
/// the last, so a reordered, cut or lengthened file fails to open.
enum BackupSealing {
    static let magic = Data("BUURHUB-BACKUP-HPKE-1\n".utf8)
    static let info = Data("buurhub backup".utf8)
    static let suite = HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly
    static let chunkSize = 1 << 20
    static let tagSize = 16

    static func seal(_ plainPath: String, to recipient: Curve25519.KeyAgreement.PublicKey, into sealedPath: String) throws {
        var sender = try HPKE.Sender(recipientKey: recipient, ciphersuite: suite, info: info)
        guard FileManager.default.createFile(atPath: sealedPath, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw failure("could not create \(sealedPath)", nl: "kon \(sealedPath) niet aanmaken")
        }
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: plainPath))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: sealedPath))
        defer {
            try? input.close()
            try? output.close()
        }
        try output.write(contentsOf: magic + bigEndian(UInt16(sender.encapsulatedKey.count)) + sender.encapsulatedKey)
        var index: UInt64 = 0
        var chunk = try input.read(upToCount: chunkSize) ?? Data()
        while true {
            let next = chunk.count == chunkSize ? (try input.read(upToCount: chunkSize) ?? Data()) : Data()
            let last = next.isEmpty
            let sealed = try sender.seal(chunk, authenticating: aad(index, last: last))
            try output.write(contentsOf: bigEndian(UInt32(sealed.count)) + sealed)
            if last { break }
            chunk = next
            index += 1
        }
    }

    static func open(_ sealedPath: String, with identity: Curve25519.KeyAgreement.PrivateKey, into plainPath: String) throws {
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: sealedPath))
        defer { try? input.close() }
        guard try input.read(upToCount: magic.count) == magic, let keyLength = try readInteger(UInt16.self, input),
              let encapsulated = try input.read(upToCount: Int(keyLength)), encapsulated.count == Int(keyLength)
        else { throw damaged(sealedPath) }
        var recipient = try HPKE.Recipient(privateKey: identity, ciphersuite: suite, info: info, encapsulatedKey: encapsulated)
        guard FileManager.default.createFile(atPath: plainPath, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw failure("could not create \(plainPath)", nl: "kon \(plainPath) niet aanmaken")
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: plainPath))
        defer { try? output.close() }
        var index: UInt64 = 0
        while let length = try readInteger(UInt32.self, input) {
            guard length <= chunkSize + tagSize, let sealed = try input.read(upToCount: Int(length)), sealed.count == Int(length) else {
                throw damaged(sealedPath)
            }
            let atEnd = try input.read(upToCount: 1).map(\.isEmpty) ?? true
            if !atEnd { try input.seek(toOffset: try input.offset() - 1) }
            guard let plain = try? recipient.open(sealed, authenticating: aad(index, last: atEnd)) else {
                throw failure(
                    "\(sealedPath) does not open with this key, or was changed — check it is the private key from `hubd backup-key` for this hub",
                    nl: "\(sealedPath) gaat niet open met deze sleutel, of is veranderd — is dit de privésleutel van `hubd backup-key` voor deze hub?"
                )
            }
            try output.write(contentsOf: plain)
            if atEnd { return }
            index += 1
        }
        throw damaged(sealedPath)
    }

    /// The `recipient` line's value: the raw X25519 public key in base64.
    static func publicKey(base64 text: String) -> Curve25519.KeyAgreement.PublicKey? {
        guard let data = Data(base64Encoded: text), data.count == 32 else { return nil }
        return try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: data)
    }

    static func privateKey(file path: String) throws -> Curve25519.KeyAgreement.PrivateKey {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32,
              let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: data)
        else {
            throw failure("\(path) is not a backup private key — give the file `hubd backup-key` wrote", nl: "\(path) is geen privésleutel voor back-ups — geef het bestand dat `hubd backup-key` schreef")
        }
        return key
    }

    private static func aad(_ index: UInt64, last: Bool) -> Data {
        bigEndian(index) + Data([last ? 1 : 0])
    }

    private static func bigEndian<T: FixedWidthInteger>(_ value: T) -> Data {
        withUnsafeBytes(of: value.bigEndian) { Data($0) }
    }

    private static func readInteger<T: FixedWidthInteger>(_ type: T.Type, _ handle: FileHandle) throws -> T? {
        guard let bytes = try handle.read(upToCount: MemoryLayout<T>.size), bytes.count == MemoryLayout<T>.size else { return nil }
        return bytes.reduce(T.zero) { $0 << 8 | T($1) }
    }

    private static func damaged(_ path: String) -> InventoryError {
        failure("\(path) is cut off or damaged — pick an older backup", nl: "\(path) is afgebroken of beschadigd — kies een oudere back-up")
    }

    private static func failure(_ en: String, nl: String) -> InventoryError {
        InventoryError(.invalidInput, nl: nl, en: en)
    }
}

/// `hubd backup-key FILE`: a fresh X25519 key pair for `[backup] recipient`.
public enum BackupKeyPair {
    /// Writes the private key (base64, 0600) and returns the config line and what to do with it.
    public static func generate(privateKeyFile path: String) throws -> String {
        let key = Curve25519.KeyAgreement.PrivateKey()
        let contents = Data((key.rawRepresentation.base64EncodedString() + "\n").utf8)
        guard !FileManager.default.fileExists(atPath: path),
              FileManager.default.createFile(atPath: path, contents: contents, attributes: [.posixPermissions: 0o600])
        else {
            throw InventoryError(
                .refused, nl: "\(path) bestaat al of is niet te schrijven — kies een nieuw bestand",
                en: "\(path) already exists or cannot be written — choose a new file"
            )
        }
        try DurableFile.sync(path)
        return """
            private key written to \(path): keep it safe, away from the hub and the backup stick; only a restore needs it
            add this to [backup] in /etc/hubd/hubd.toml:
            recipient = "\(key.publicKey.rawRepresentation.base64EncodedString())"
            """
    }
}
