import Crypto
import Foundation
import GRDB
import GRDBSQLite
import Logging
import Testing
@testable import Inventory

/// Issue 17, point 1: every change central needs is written to the outbox in the change's own
/// transaction, numbered without gaps, hashed, and free of personal data.
@Suite struct OutboxTests {
    func events(_ hub: TestHub) throws -> [OutboxEvent] {
        try hub.database.pool.read { try OutboxEvent.order(OutboxEvent.Columns.seq).fetchAll($0) }
    }

    func payload(_ event: OutboxEvent) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any] ?? [:]
    }

    @Test func aScanAndItsDeliveryBecomeNumberedHashedEvents() async throws {
        let hub = try TestHub()
        let resident = try await hub.addResident("Geertruida Plantinga", reference: "K-1", street: "Zutphenseweg", number: "41")
        let parcel = try hub.insertParcel("VG00000001", supplier: "vegro", resident: resident, at: hub.clock.now)
        try hub.insertAttempt(parcel, .contact, at: hub.clock.now)
        _ = try await hub.scan("VG00000002")

        let events = try events(hub)
        #expect(events.map(\.kind) == ["resident.registered", "parcel.received", "delivery.attempted", "parcel.changed", "parcel.received"])
        #expect(events.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(Set(events.map(\.epoch)).count == 1)
        #expect(events.allSatisfy { $0.clockSynced && $0.uploadedAt == nil && $0.payloadVersion == OutboxEvent.currentPayloadVersion })
        #expect(events.allSatisfy { $0.hubTime == "2026-11-23 07:42:00.000" })
        for event in events {
            let values: [DatabaseValue] = [
                event.epoch.databaseValue, event.seq.databaseValue, event.kind.databaseValue,
                event.payloadVersion.databaseValue, event.payload.databaseValue, event.hubTime.databaseValue,
            ]
            #expect(event.hash == OutboxFunctions.hex(SHA256.hash(data: AuditChain.canonical(values))), "hash of \(event.seq)")
        }
        let received = try payload(events[1])
        #expect(received["barcode"] as? String == "VG00000001")
        #expect(received["supplier"] as? String == "vegro")
        #expect((received["resident"] as? String)?.count == 32)
        #expect(received["resident"] as? String == (try payload(events[0]))["resident"] as? String)
        #expect((try payload(events[3]))["outcome"] as? String == "contact")
    }

    @Test func aChangeThatRollsBackLeavesNoEventAndNoGap() async throws {
        struct Refused: Error {}
        let hub = try TestHub()
        _ = try await hub.scan("VG00000001")
        await #expect(throws: Refused.self) {
            try await hub.database.writeInPreparedTransaction { db in
                try db.execute(sql: """
                    INSERT INTO parcel (barcode, supplier_id, received_at, received_on, device, cold_chain, medication)
                    VALUES ('VG00000009', 'vegro', '2026-11-23 07:42:00.000', '2026-11-23', 'intake', 0, 0)
                    """)
                throw Refused()
            }
        }
        _ = try await hub.scan("VG00000002")
        #expect(try events(hub).map(\.seq) == [1, 2])
    }

    @Test func noPersonalDataCrossesInAnyPayload() async throws {
        let hub = try TestHub()
        let resident = try await hub.addResident("Geertruida Plantinga", reference: "K-7781", street: "Zutphenseweg", number: "41")
        let service = try await hub.addService("R1")
        _ = try await hub.use(resident, service)
        try hub.insertAttempt(try hub.insertParcel("APO-000001", supplier: "apotheek", resident: resident, at: hub.clock.now), .contact, at: hub.clock.now)
        try await hub.database.pool.write { db in
            try AuditLog.record(db, at: Date(), actor: TestHub.anna, action: "resident.export", residentID: resident.id, subject: "Plantinga")
        }
        let everything = try events(hub).map(\.payload).joined(separator: "\n")
        for secret in ["Plantinga", "Geertruida", "Zutphenseweg", "K-7781", "Anna"] {
            #expect(!everything.contains(secret), "\(secret) crossed")
        }
        #expect(everything.contains("7423 AB"))
        #expect(try events(hub).map(\.kind).contains("service.used"))
        #expect(try events(hub).map(\.kind).contains("audit.recorded"))
    }

    /// `[central] share = ["address-pseudonyms"]`: a pseudonym per address, the same however the
    /// address was typed (as the hub's own report compares addresses), never the address itself.
    @Test func anAddressPseudonymCrossesOnlyWhenShared() async throws {
        let private_ = try TestHub()
        _ = try await private_.addResident("Jan", reference: "R1", street: "Brink", number: "1a")
        let unshared = try events(private_).map { try payload($0)["address"] }
        #expect(unshared.allSatisfy { $0 == nil || $0 is NSNull }, "\(unshared)")
        let before = try events(private_).count
        try await private_.database.pool.write { db in try db.execute(sql: "UPDATE resident SET street = 'Kerkweg' WHERE reference = 'R1'") }
        #expect(try events(private_).count == before, "without sharing, a move within the postcode tells central nothing")
        let reopened = try HubDatabase(path: private_.directory + "/hub.sqlite", logger: Logger(label: "test"), shareAddressPseudonyms: true)
        let resent = try await reopened.pool.read { try OutboxEvent.order(OutboxEvent.Columns.seq).fetchAll($0) }.dropFirst(before)
        #expect(resent.map(\.kind) == ["resident.changed"], "sharing switched on sends every resident again, with the pseudonym")
        #expect(try resent.allSatisfy { (try payload($0)["address"] as? String)?.count == 32 })

        let shared = try TestHub(shareAddressPseudonyms: true)
        _ = try await shared.addResident("Jan", reference: "R1", street: "Brink", number: "1a")
        _ = try await shared.addResident("Ria", reference: "R2", street: " BRINK", number: "1A ")
        _ = try await shared.addResident("Kees", reference: "R3", street: "Brink", number: "2")
        let addresses = try events(shared).map { try payload($0)["address"] as? String }
        #expect(addresses.allSatisfy { $0?.count == 32 }, "\(addresses)")
        #expect(addresses[0] == addresses[1], "one address typed twice")
        #expect(addresses[0] != addresses[2])
        let everything = try events(shared).map(\.payload).joined(separator: "\n")
        #expect(!everything.localizedCaseInsensitiveContains("brink"))
        try await shared.database.pool.write { db in try db.execute(sql: "UPDATE resident SET house_number = '3' WHERE reference = 'R3'") }
        #expect(try events(shared).last?.kind == "resident.changed", "a move within the postcode is an event too")
    }

    @Test func purgingKeepsTheNewestSoNumbersNeverRepeat() async throws {
        let hub = try TestHub()
        let outbox = OutboxStore(database: hub.database)
        for n in 1...3 { _ = try await hub.scan("VG0000000\(n)") }
        let sent = try await outbox.waiting(limit: 10)
        #expect(sent.count == 3)
        try await outbox.markUploaded(sent, at: hub.clock.now)
        #expect(try await outbox.waiting(limit: 10).isEmpty)
        #expect(try await outbox.purge(uploadedBefore: hub.clock.now.addingTimeInterval(60)) == 2)
        _ = try await hub.scan("VG00000004")
        #expect(try events(hub).map(\.seq) == [3, 4])
        let backlog = try await outbox.backlog()
        #expect(backlog.waiting == 1)
        #expect(backlog.nextSeq == 5)
        #expect(backlog.lastUploadedAt == hub.clock.now)
    }

    @Test func aNewEpochStartsAboveWhatCentralHoldsAndTakesTheWaitingEvents() async throws {
        let hub = try TestHub()
        let outbox = OutboxStore(database: hub.database)
        _ = try await hub.scan("VG00000001")
        _ = try await hub.scan("VG00000002")
        try await outbox.markUploaded(Array(try await outbox.waiting(limit: 1)), at: hub.clock.now)
        let before = try await outbox.position()
        let after = try await outbox.startEpoch(reason: "central ahead", centralLast: 40, now: hub.clock.now)
        #expect(after.epoch != before.epoch)
        #expect(after.nextSeq == 43)
        _ = try await hub.scan("VG00000003")
        let events = try events(hub)
        #expect(events.map(\.seq) == [1, 41, 42, 43])
        #expect(events.map(\.kind) == ["parcel.received", "epoch.started", "parcel.received", "parcel.received"])
        #expect(events.map(\.epoch) == [before.epoch, after.epoch, after.epoch, after.epoch])
        #expect((try payload(events[1]))["previous"] as? String == before.epoch)
        #expect((try payload(events[2]))["barcode"] as? String == "VG00000002")
        let moved = events[2]
        let values: [DatabaseValue] = [
            moved.epoch.databaseValue, moved.seq.databaseValue, moved.kind.databaseValue,
            moved.payloadVersion.databaseValue, moved.payload.databaseValue, moved.hubTime.databaseValue,
        ]
        #expect(moved.hash == OutboxFunctions.hex(SHA256.hash(data: AuditChain.canonical(values))))
    }

    @Test func eventsCentralLostWaitAgain() async throws {
        let hub = try TestHub()
        let outbox = OutboxStore(database: hub.database)
        for n in 1...4 { _ = try await hub.scan("VG0000000\(n)") }
        try await outbox.markUploaded(try await outbox.waiting(limit: 10), at: hub.clock.now)
        let epoch = try await outbox.position().epoch
        #expect(try await outbox.uploadedThrough() == [epoch: 4])
        #expect(try await outbox.resend(epoch: epoch, after: 2) == 2)
        #expect(try await outbox.waiting(limit: 10).map(\.seq) == [3, 4])
        #expect(try await outbox.waiting(epoch: epoch, through: 3).map(\.seq) == [3])
    }

    @Test func aHubFromBeforeTheOutboxSendsItsHistory() async throws {
        let directory = NSTemporaryDirectory() + "buurhub-v14-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/hub.sqlite"
        let queue = try DatabaseQueue(path: path)
        try HubDatabase.migrator.migrate(queue, upTo: "v13-lean-parcel")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO resident (name, street, house_number, postcode, town, created_at, updated_at)
                VALUES ('A. Jansen', 'Brink', '2', '7411aa', 'Deventer', '2026-01-01', '2026-01-01');
                INSERT INTO parcel (barcode, supplier_id, received_at, received_on, device, resident_id, cold_chain, medication, outcome, closed_on, attempts)
                VALUES ('VG00000001', 'vegro', '2026-01-02 08:00:00.000', '2026-01-02', 'intake', 1, 0, 0, 'contact', '2026-01-02', 1),
                       ('VG00000002', 'vegro', '2026-01-03 08:00:00.000', '2026-01-03', 'intake', NULL, 0, 0, NULL, NULL, 0);
                INSERT INTO delivery_attempt (parcel_id, outcome, recorded_at) VALUES (1, 'contact', '2026-01-02 10:00:00.000');
                """)
        }
        try queue.close()
        let database = try HubDatabase(path: path, logger: Logger(label: "test"))
        let events = try await database.pool.read { try OutboxEvent.order(OutboxEvent.Columns.seq).fetchAll($0) }
        #expect(events.map(\.kind) == ["resident.registered", "parcel.received", "parcel.received", "delivery.attempted"])
        #expect(events.map(\.seq) == [1, 2, 3, 4])
        #expect(events.allSatisfy { !$0.clockSynced })
        #expect(events[1].payload.contains("\"outcome\":\"contact\""))
    }

    /// Counted in SQLite's virtual-machine steps, which include the trigger's program: an event
    /// written after 3,000 others costs as many steps as one written after 30. Were the next
    /// number found by reading the outbox, the steps would grow with it.
    @Test func anEventCostsTheSameWhateverTheOutboxHolds() async throws {
        let hub = try TestHub()
        let catalogue = try await hub.addCatalogue()
        let article = try #require(catalogue.gauze.id)
        func stepsForOneMore(after count: Int) async throws -> Int32 {
            try await hub.database.pool.write { db in
                let insert = try db.makeStatement(sql: """
                    INSERT INTO movement (kind, article_id, quantity, delta, actor_name, at, booked_on)
                    VALUES ('received', ?, 1, 1, 'test', '2026-11-23 07:42:00.000', '2026-11-23')
                    """)
                while try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0 < count {
                    try insert.execute(arguments: [article])
                }
                let probe = try db.makeStatement(sql: """
                    INSERT INTO movement (kind, article_id, quantity, delta, actor_name, at, booked_on)
                    VALUES ('received', ?, 1, 1, 'test', '2026-11-23 07:42:00.000', '2026-11-23')
                    """)
                try probe.execute(arguments: [article])
                return sqlite3_stmt_status(probe.sqliteStatement, SQLITE_STMTSTATUS_VM_STEP, 0)
            }
        }
        let early = try await stepsForOneMore(after: 30)
        let late = try await stepsForOneMore(after: 3_000)
        #expect(early > 0)
        #expect(late == early, "\(early) steps after 30 events, \(late) after 3,000")
    }

    /// Issue 17, point 9: a hub upgraded with events still queued sends them as they were
    /// written (version 1, the same hash), and writes version 2 from then on.
    @Test func anUpgradeKeepsQueuedVersionOneEventsAndWritesVersionTwoAfter() async throws {
        let directory = NSTemporaryDirectory() + "buurhub-v16-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/hub.sqlite"
        var configuration = Configuration()
        let functions = OutboxFunctions(hubKey: nil, clock: .unvouched).all
        configuration.prepareDatabase { db in functions.forEach(db.add(function:)) }
        let old = try DatabaseQueue(path: path, configuration: configuration)
        try HubDatabase.migrator.migrate(old, upTo: "v15-reference")
        try await old.write { db in
            try db.execute(sql: """
                INSERT INTO service (code, kind, name, price_cents, max_price_cents, payment, created_at)
                VALUES ('lamp', 'chore', 'Lamp vervangen', 0, 0, 'free', '2026-11-23 07:00:00.000');
                INSERT INTO resident (name, street, house_number, postcode, town, created_at, updated_at)
                VALUES ('Jan', 'Brink', '1', '7411BR', 'Deventer', '2026-11-23 07:00:00.000', '2026-11-23 07:00:00.000');
                INSERT INTO service_use (resident_id, service_id, kind, started_at, started_on, price_cents, payment, payment_state)
                VALUES (1, 1, 'chore', '2026-11-23 08:00:00.000', '2026-11-23', 0, 'free', 'free');
                """)
        }
        try old.close()
        let database = try HubDatabase(path: path, logger: Logger(label: "test"))
        try await database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO service_use (resident_id, service_id, kind, started_at, started_on, price_cents, payment, payment_state)
                VALUES (1, 1, 'chore', '2026-11-23 09:00:00.000', '2026-11-23', 0, 'free', 'free')
                """)
        }
        let events = try await database.pool.read { try OutboxEvent.filter(Column("kind") == "service.used").order(OutboxEvent.Columns.seq).fetchAll($0) }
        #expect(events.map(\.payloadVersion) == [1, 2])
        for event in events {
            let values: [DatabaseValue] = [
                event.epoch.databaseValue, event.seq.databaseValue, event.kind.databaseValue,
                event.payloadVersion.databaseValue, event.payload.databaseValue, event.hubTime.databaseValue,
            ]
            #expect(event.hash == OutboxFunctions.hex(SHA256.hash(data: AuditChain.canonical(values))), "hash of \(event.seq)")
        }
        #expect(!events[0].payload.contains("service_name"))
        #expect(events[1].payload.contains("\"service_name\":\"Lamp vervangen\""), "\(events[1].payload)")
        #expect(try await database.pool.read { try OutboxEvent.filter(OutboxEvent.Columns.uploadedAt == nil).fetchCount($0) } == events.count + 1, "the resident and both uses wait")
    }
}
