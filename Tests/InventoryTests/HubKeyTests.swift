import Foundation
import Testing
@testable import Inventory

@Suite struct HubKeyTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "buurhub-key-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    @Test func theKeyFileIsCreatedPrivateAndReloadsToTheSameDigests() throws {
        let path = directory + "/hub.key"
        let created = try HubKey.loadOrCreate(at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 32)
        let uid: [UInt8] = [0x04, 0xA2, 0x3B, 0x1C, 0x55, 0x80, 0x01]
        let reloaded = try HubKey.loadOrCreate(at: path)
        #expect(reloaded.digest(ofPass: uid) == created.digest(ofPass: uid))
        #expect(created.digest(ofPass: uid) != created.digest(ofPass: [0x04, 0xA2, 0x3B, 0x1C, 0x55, 0x80, 0x02]))
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test func anotherKeyGivesAnotherDigest() {
        let uid: [UInt8] = [0xDE, 0xAD, 0xBE, 0xEF]
        let one = HubKey(bytes: Data(repeating: 1, count: 32)).digest(ofPass: uid)
        let two = HubKey(bytes: Data(repeating: 2, count: 32)).digest(ofPass: uid)
        #expect(one != two)
    }

    @Test func theDigestIsNotTheUID() {
        let uid: [UInt8] = [0xDE, 0xAD, 0xBE, 0xEF]
        let digest = TestHub.key.digest(ofPass: uid)
        #expect(digest.bytes.count == 32)
        #expect(digest.bytes != Data(uid))
        #expect(digest.bytes.range(of: Data(uid)) == nil)
    }

    @Test func aDamagedKeyFileIsRefusedAndLeftAlone() throws {
        let path = directory + "/hub.key"
        try Data(repeating: 7, count: 10).write(to: URL(fileURLWithPath: path))
        do {
            _ = try HubKey.loadOrCreate(at: path)
            Issue.record("a 10-byte key file should be refused")
        } catch let error as InventoryError {
            #expect(error.code == .storage)
            #expect(error.text.nl.contains("10 bytes, verwacht 32"))
            #expect(error.text.nl.contains("zet de back-up terug"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 7, count: 10))
        try? FileManager.default.removeItem(atPath: directory)
    }
}
