import Foundation
import GRDB
import Logging
import Testing
@testable import Inventory

/// A pass is found again whichever reader read the card: by its full digest, or by the digest
/// of its 24 Wiegand bits when one side carried only those. The bits passed here follow the
/// device layer's rule (last three bytes of a 4-byte UID), which WorkflowsTests cross-check.
@Suite struct PassWiegandMatchingTests {
    /// A tap on a reader that prints the whole 4-byte UID.
    static func full(_ uid: UInt8...) -> PassDigest {
        TestHub.key.digest(ofPass: uid, wiegandBits: Array(uid.suffix(3)), wiegandOnly: false)
    }

    /// A tap on a `wiegand26` reader: the 24 bits only.
    static func wiegand(_ bits: UInt8...) -> PassDigest {
        TestHub.key.digest(ofPass: bits, wiegandBits: bits, wiegandOnly: true)
    }

    @Test func aPassEnrolledOnAFullReaderIsFoundByAWiegandTap() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(Self.full(0x92, 0xA7, 0x82, 0x30), residentKey: "BZ-001", by: TestHub.concierge)
        #expect(try await hub.passes.holder(of: Self.wiegand(0xA7, 0x82, 0x30)) == .resident(jansen, pass))
        #expect(try await hub.passes.holder(of: Self.wiegand(0xA7, 0x82, 0x31)) == .unknown)
    }

    @Test func aPassEnrolledOnAWiegandReaderIsFoundByAFullTap() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(Self.wiegand(0xA7, 0x82, 0x30), residentKey: "BZ-001", by: TestHub.concierge)
        #expect(try await hub.passes.holder(of: Self.full(0x92, 0xA7, 0x82, 0x30)) == .resident(jansen, pass))
        #expect(try await hub.passes.holder(of: Self.wiegand(0xA7, 0x82, 0x30)) == .resident(jansen, pass))
    }

    /// Wiegand support must not weaken matching between full readers: another 4-byte card with
    /// the same 24 bits is another card.
    @Test func twoFullUIDsMustBeEqual() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        _ = try await hub.passes.enroll(Self.full(0x92, 0xA7, 0x82, 0x30), residentKey: "BZ-001", by: TestHub.concierge)
        #expect(try await hub.passes.holder(of: Self.full(0x11, 0xA7, 0x82, 0x30)) == .unknown)
        let sevenBytes = TestHub.key.digest(ofPass: [0x04, 0x11, 0x22, 0x33, 0xA7, 0x82, 0x30], wiegandBits: nil, wiegandOnly: false)
        #expect(try await hub.passes.holder(of: sevenBytes) == .unknown)
    }

    /// Two enrolled cards sharing their 24 bits: a Wiegand tap could be either, so it is
    /// nobody's; each card still works on a full reader.
    @Test func aWiegandTapSharedByTwoCardsIsRefused() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        try await hub.addResident("R. de Boer", reference: "BZ-002")
        let first = try await hub.passes.enroll(Self.full(0x92, 0xA7, 0x82, 0x30), residentKey: "BZ-001", by: TestHub.concierge)
        _ = try await hub.passes.enroll(Self.full(0x11, 0xA7, 0x82, 0x30), residentKey: "BZ-002", by: TestHub.concierge)
        #expect(try await hub.passes.holder(of: Self.wiegand(0xA7, 0x82, 0x30)) == .unknown)
        #expect(try await hub.passes.holder(of: Self.full(0x92, 0xA7, 0x82, 0x30)) == .resident(jansen, first))
    }

    @Test func enrolmentRefusesTheSameCardReadOnAnotherReader() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        try await hub.addResident("R. de Boer", reference: "BZ-002")
        let first = try await hub.passes.enroll(Self.full(0x92, 0xA7, 0x82, 0x30), residentKey: "BZ-001", by: TestHub.concierge)
        let viaWiegand = await TestHub.refusal {
            _ = try await hub.passes.enroll(Self.wiegand(0xA7, 0x82, 0x30), residentKey: "BZ-002", by: TestHub.concierge)
        }
        #expect(viaWiegand?.code == .conflict)
        #expect(viaWiegand?.text.en.contains("pass \(first.id) of resident BZ-001") == true)

        let wiegandFirst = try await hub.passes.enroll(Self.wiegand(0x01, 0x02, 0x03), residentKey: "BZ-002", by: TestHub.concierge)
        let viaFull = await TestHub.refusal {
            _ = try await hub.passes.enroll(Self.full(0xFF, 0x01, 0x02, 0x03), residentKey: "BZ-001", by: TestHub.concierge)
        }
        #expect(viaFull?.text.en.contains("pass \(wiegandFirst.id) of resident BZ-002") == true)
    }

    @Test func aBlockedPassAnswersBlockedOnAWiegandReaderToo() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(Self.full(0x92, 0xA7, 0x82, 0x30), residentKey: "BZ-001", by: TestHub.concierge)
        let blocked = try await hub.passes.block(passID: pass.id, reason: "verloren", by: TestHub.concierge)
        #expect(try await hub.passes.holder(of: Self.wiegand(0xA7, 0x82, 0x30)) == .blocked(blocked))
    }

    /// A pass stored before migration v6 has no Wiegand digest and its UID was never kept; the
    /// first tap that matches it by its full digest supplies it.
    @Test func aPassFromBeforeV6LearnsItsWiegandDigestOnItsNextTap() async throws {
        let directory = NSTemporaryDirectory() + "buurhub-v6-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/hub.sqlite"
        let card = Self.full(0x92, 0xA7, 0x82, 0x30)
        try Self.storeBeforeWiegand(card, at: path)

        let database = try HubDatabase(path: path, logger: Logger(label: "test"))
        let passes = PassStore(database: database, calendar: HubCalendar(timeZone: TimeZone(identifier: "UTC") ?? .current))
        #expect(try await passes.holder(of: Self.wiegand(0xA7, 0x82, 0x30)) == .unknown)
        guard case .resident(let resident, _) = try await passes.holder(of: card) else {
            Issue.record("the old pass is not found by its full digest")
            return
        }
        #expect(resident.name == "M. Jansen")
        guard case .resident = try await passes.holder(of: Self.wiegand(0xA7, 0x82, 0x30)) else {
            Issue.record("after its full tap, the old pass is not found by a Wiegand tap")
            return
        }
    }

    /// A database migrated up to v5, holding a resident with a pass as v5 stored it.
    private static func storeBeforeWiegand(_ card: PassDigest, at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try HubDatabase.migrator.migrate(queue, upTo: "v5-session-owner")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO resident (reference, name, street, house_number, postcode, town, created_at, updated_at)
                    VALUES ('BZ-001', 'M. Jansen', 'Brink', '1', '7411 BR', 'Deventer', ?, ?)
                    """,
                arguments: [Date(), Date()]
            )
            try db.execute(
                sql: "INSERT INTO pass (digest, resident_id, enrolled_at, enrolled_by) VALUES (?, ?, ?, 'Anna')",
                arguments: [card.bytes, db.lastInsertedRowID, Date()]
            )
        }
    }
}
