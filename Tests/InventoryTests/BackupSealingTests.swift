import Crypto
import Foundation
import Testing
@testable import Inventory

/// Encrypted backups: what goes in comes out with the private key, and a cut, changed or
/// wrongly keyed file is refused rather than restored half.
@Suite struct BackupSealingTests {
    let directory = NSTemporaryDirectory() + "bh-sealing-" + UUID().uuidString

    func files(_ bytes: Int) throws -> (plain: String, sealed: String, opened: String, data: Data) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let data = Data((0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) })
        let plain = directory + "/plain"
        FileManager.default.createFile(atPath: plain, contents: data)
        return (plain, directory + "/sealed", directory + "/opened", data)
    }

    @Test(arguments: [0, 1, BackupSealing.chunkSize, 2 * BackupSealing.chunkSize + 12_345])
    func whatIsSealedOpensWithThePrivateKey(bytes: Int) throws {
        let key = Curve25519.KeyAgreement.PrivateKey()
        let (plain, sealed, opened, data) = try files(bytes)
        try BackupSealing.seal(plain, to: key.publicKey, into: sealed)
        let mode = try FileManager.default.attributesOfItem(atPath: sealed)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try BackupSealing.open(sealed, with: key, into: opened)
        #expect(FileManager.default.contents(atPath: opened) == data)
    }

    @Test func aCutChangedOrWronglyKeyedBackupIsRefused() throws {
        let key = Curve25519.KeyAgreement.PrivateKey()
        let (plain, sealed, opened, _) = try files(BackupSealing.chunkSize + 100)
        try BackupSealing.seal(plain, to: key.publicKey, into: sealed)
        let whole = try #require(FileManager.default.contents(atPath: sealed))
        #expect(throws: InventoryError.self) { try BackupSealing.open(sealed, with: Curve25519.KeyAgreement.PrivateKey(), into: opened) }
        let firstChunkEnd = BackupSealing.magic.count + 2 + 32 + 4 + BackupSealing.chunkSize + BackupSealing.tagSize
        for damaged in [whole.prefix(firstChunkEnd), whole.prefix(whole.count - 1), flipped(whole, at: whole.count - 40)] {
            FileManager.default.createFile(atPath: sealed, contents: Data(damaged))
            #expect(throws: InventoryError.self) { try BackupSealing.open(sealed, with: key, into: opened) }
        }
    }

    @Test func theConfigLineNamesAUsableKeyAndTheKeyFileIsPrivate() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let output = try BackupKeyPair.generate(privateKeyFile: directory + "/backup.key")
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("recipient = ") })
        #expect(HubBackups.isRecipient(String(line.dropFirst("recipient = \"".count).dropLast())))
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/backup.key")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        _ = try BackupSealing.privateKey(file: directory + "/backup.key")
        #expect(throws: InventoryError.self) { try BackupKeyPair.generate(privateKeyFile: directory + "/backup.key") }
    }

    func flipped(_ data: Data, at index: Int) -> Data {
        var copy = data
        copy[copy.startIndex + index] ^= 0x01
        return copy
    }
}
