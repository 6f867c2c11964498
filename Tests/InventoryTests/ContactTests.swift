import Foundation
import GRDB
import Testing
@testable import Inventory

/// Signals with follow-up, visits without a delivery and the quiet list (issue 18, points 3–5).
@Suite struct ContactTests {
    func stores(_ hub: TestHub) -> (SignalStore, VisitStore) {
        (SignalStore(database: hub.database, calendar: hub.calendar), VisitStore(database: hub.database, calendar: hub.calendar))
    }

    @Test func aSignalIsOpenedFollowedUpHandedOverAndClosedOnceEachAudited() async throws {
        let hub = try TestHub()
        _ = try await hub.addResident("Jan de Vries", reference: "R1")
        let (signals, _) = stores(hub)
        let opened = try await signals.add(.init(resident: "R1", category: "falls-mobility", text: " Loopt slecht, rollator kapot ", followUpOn: "2026-11-24"), by: TestHub.anna)
        let id = try #require(opened.signal.id)
        #expect(opened.signal.text == "Loopt slecht, rollator kapot")
        #expect(opened.signal.status == .open && opened.signal.owner == .concierge && opened.residentName == "Jan de Vries")
        #expect(try await signals.list(dueOnly: true, by: TestHub.anna).isEmpty, "not due before its day")
        hub.clock.advance(hours: 24)
        #expect(try await signals.list(dueOnly: true, by: TestHub.anna).map(\.signal.id) == [id])
        let progressed = try await signals.update(id, .init(status: "in-progress"), by: TestHub.anna)
        #expect(progressed.signal.status == .inProgress)
        let sheet = try await signals.handOver(id, to: "gp", by: TestHub.anna)
        #expect(sheet.to == .gp && sheet.residentName == "Jan de Vries" && sheet.street == "Dorpsstraat" && sheet.text == "Loopt slecht, rollator kapot")
        let closed = try await signals.close(id, by: TestHub.anna)
        #expect(closed.signal.status == .closed && closed.signal.closedBy == "Anna")
        await #expect { try await signals.close(id, by: TestHub.anna) } throws: { "\($0)".contains("already closed by Anna") }
        await #expect { try await signals.update(id, .init(text: "x"), by: TestHub.anna) } throws: { "\($0)".contains("already closed") }
        #expect(try await signals.list(openOnly: true, by: TestHub.anna).isEmpty)
        let audit = try await hub.auditEntries()
        #expect(audit.map(\.action).filter { $0.hasPrefix("signal.") && $0 != "signal.list" } == ["signal.add", "signal.update", "signal.handover", "signal.close"])
        #expect(audit.first { $0.action == "signal.handover" }?.subject == "signal \(id) to gp")
    }

    @Test func badSignalInputGetsAnAnswerThatSaysWhatToDo() async throws {
        let hub = try TestHub()
        _ = try await hub.addResident("Jan de Vries", reference: "R1")
        let (signals, _) = stores(hub)
        await #expect { try await signals.add(.init(resident: "R9", category: "other", text: "x"), by: TestHub.anna) } throws: { "\($0)".contains("R9") }
        await #expect { try await signals.add(.init(resident: "R1", category: "falls", text: "x"), by: TestHub.anna) } throws: { "\($0)".contains("falls-mobility") }
        await #expect { try await signals.add(.init(resident: "R1", category: "other", text: String(repeating: "a", count: 281)), by: TestHub.anna) } throws: { "\($0)".contains("280") }
        await #expect { try await signals.add(.init(resident: "R1", category: "other", text: "x", followUpOn: "2020-01-01"), by: TestHub.anna) } throws: { "\($0)".contains("past") }
        await #expect { try await signals.update(99, .init(status: "open"), by: TestHub.anna) } throws: { "\($0)".contains("no signal 99") }
        let id = try #require(try await signals.add(.init(resident: "R1", category: "other", text: "x"), by: TestHub.anna).signal.id)
        await #expect { try await signals.update(id, .init(status: "closed"), by: TestHub.anna) } throws: { "\($0)".contains("kiosk signals close") }
        await #expect { try await signals.handOver(id, to: "concierge", by: TestHub.anna) } throws: { "\($0)".contains("social-team") }
    }

    @Test func aVisitIsInTheTimelineAndTakesTheResidentOffTheQuietList() async throws {
        let hub = try TestHub(start: "2026-11-23T07:42:00Z")
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2", street: "Kerkweg", number: "3")
        let kees = try await hub.addResident("Kees Smit", reference: "R3", street: "Brink", number: "5")
        for (code, resident, outcome) in [("VG00000001", jan, DeliveryOutcome.letterbox), ("VG00000002", ria, .contact), ("VG00000003", kees, .neighbour)] {
            try hub.insertAttempt(try hub.insertParcel(code, supplier: "vegro", resident: resident, at: hub.clock.now), outcome, at: hub.clock.now)
        }
        let (_, visits) = stores(hub)
        let quiet = try await visits.quiet(days: 14, by: TestHub.anna)
        #expect(quiet.map(\.reference) == ["R1", "R3"], "letterbox and neighbour only; Ria was spoken to")
        #expect(quiet.first?.letterbox == 1 && quiet.first?.lastContactOn == nil)
        let visit = try await visits.add(resident: "R3", reason: "chat", minutes: 12, by: TestHub.anna)
        #expect(visit.minutes == 12 && visit.reason == .chat)
        #expect(try await visits.quiet(days: 14, by: TestHub.anna).map(\.reference) == ["R1"])
        let timeline = try await ResidentTimeline(database: hub.database, calendar: hub.calendar).timeline(residentKey: "R3", by: TestHub.anna)
        #expect(timeline.entries.first?.kind == "visit" && timeline.entries.first?.text.en.contains("12 min") == true)
        await #expect { try await visits.add(resident: "R3", reason: "coffee", minutes: 5, by: TestHub.anna) } throws: { "\($0)".contains("help-request") }
        await #expect { try await visits.add(resident: "R3", reason: "chat", minutes: 601, by: TestHub.anna) } throws: { "\($0)".contains("600") }
        hub.clock.advance(hours: 24 * 20)
        #expect(try await visits.quiet(days: 14, by: TestHub.anna).isEmpty, "no deliveries in the window, nobody to keep in sight")
    }

    @Test func erasingAResidentRemovesTheirVisitsAndSignalsAndRetentionRemovesOldOnes() async throws {
        let hub = try TestHub()
        _ = try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.addResident("Ria Jansen", reference: "R2", street: "Kerkweg", number: "3")
        let (signals, visits) = stores(hub)
        for reference in ["R1", "R2"] {
            let id = try #require(try await signals.add(.init(resident: reference, category: "loneliness", text: "alleen"), by: TestHub.anna).signal.id)
            _ = try await visits.add(resident: reference, reason: "follow-up", minutes: 10, signal: id, by: TestHub.anna)
        }
        try await hub.database.pool.write { db in
            let report = try ResidentErasure.apply(1, at: hub.clock.now, db)
            #expect(report.visits == 1 && report.signals == 1)
        }
        let left = try await hub.database.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM visit WHERE resident_id = 1"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM signal WHERE resident_id = 1"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM visit"))
        }
        #expect(left.0 == 0 && left.1 == 0 && left.2 == 1)
        _ = try await signals.close(try #require(try await signals.list(by: TestHub.anna).first?.signal.id), by: TestHub.anna)
        _ = try await hub.addResident("Kees Smit", reference: "R3", street: "Brink", number: "5")
        let handed = try #require(try await signals.add(.init(resident: "R3", category: "falls-mobility", text: "valt vaak"), by: TestHub.anna).signal.id)
        _ = try await signals.handOver(handed, to: "gp", by: TestHub.anna)
        hub.clock.advance(hours: 24 * 401)
        _ = try await hub.scan("VG00000099")
        let purged = try await hub.database.pool.write { db in try RetentionPurge.run(RetentionPolicy(), now: hub.clock.now, calendar: hub.calendar, db) }
        #expect(purged.signals == 2 && purged.visits == 1, "the closed signal and the one handed over to the GP long ago")
    }

    /// The evaluation's figures: moments per resident per week, average minutes, visits, and
    /// signals by category, anonymous.
    @Test func theMonthsReportCountsContactMomentsMinutesVisitsAndSignals() async throws {
        let hub = try TestHub(start: "2026-11-02T08:00:00Z")
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2", street: "Kerkweg", number: "3")
        for (code, resident) in [("VG00000001", jan), ("APO-000001", jan), ("VG00000002", ria)] {
            _ = try hub.insertParcel(code, supplier: code.hasPrefix("VG") ? "vegro" : "apotheek", resident: resident, at: hub.clock.now)
        }
        _ = try await hub.parcels.deliver(barcode: "VG00000001", outcome: .contact, minutes: .fiveToFifteen, by: nil)
        _ = try await hub.parcels.deliver(barcode: "APO-000001", outcome: .contact, minutes: .upToFive, by: nil)
        _ = try await hub.parcels.deliver(barcode: "VG00000002", outcome: .letterbox, by: nil)
        await #expect { _ = try await hub.parcels.deliver(barcode: "VG00000002", outcome: .letterbox, minutes: .upToFive, by: nil) } throws: { "\($0)".contains("minutes go with a contact") }
        let (signals, visits) = stores(hub)
        _ = try await visits.add(resident: "R2", reason: "chat", minutes: 15, by: TestHub.anna)
        let id = try #require(try await signals.add(.init(resident: "R2", category: "loneliness", text: "alleen"), by: TestHub.anna).signal.id)
        _ = try await signals.handOver(id, to: "social-team", by: TestHub.anna)
        _ = try await signals.add(.init(resident: "R1", category: "medication", text: "pillen liggen er nog"), by: TestHub.anna)

        let november = try #require(YearMonth("2026-11"))
        let report = try await ReportStore(database: hub.database, calendar: hub.calendar).month(november)
        let contact = try #require(report.contact)
        #expect(contact.contactMoments == 2, "Jan at the door (two parcels, one moment) and Ria's visit")
        #expect(contact.residentsSeen == 2 && contact.visitsWithoutDelivery == 1)
        let perWeek: Double = 2.0 / 2.0 / ((32.0 / 24.0) / 7.0) * 100  // 1 November 00:00 to now, 2 November 08:00: the weeks so far
        #expect(contact.momentsPerResidentPerWeekHundredths == Int(perWeek.rounded()))
        let average: Double = (10 + 2.5 + 15) / 3 * 10
        #expect(contact.averageContactMinutesTenths == Int(average.rounded()))
        #expect(contact.signals.map(\.category) == [.medication, .loneliness])
        #expect(contact.signals.map { [$0.opened, $0.handedOver, $0.closed] } == [[1, 0, 0], [1, 1, 0]])
    }

    /// Erasure also scrubs backups, which may come from before the tables for visits and signals.
    @Test func anErasureStillScrubsABackupFromBeforeVisitsAndSignals() throws {
        let directory = NSTemporaryDirectory() + "buurhub-v16-backup-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = Configuration()
        let functions = OutboxFunctions(hubKey: nil, clock: .unvouched).all
        configuration.prepareDatabase { db in functions.forEach(db.add(function:)) }
        let backup = try DatabaseQueue(path: directory + "/backup.sqlite", configuration: configuration)
        try HubDatabase.migrator.migrate(backup, upTo: "v16-payload-2")
        try backup.write { db in
            try db.execute(sql: """
                INSERT INTO resident (name, street, house_number, postcode, town, created_at, updated_at)
                VALUES ('Jan', 'Brink', '1', '7411BR', 'Deventer', '2026-11-23 07:00:00.000', '2026-11-23 07:00:00.000')
                """)
            let report = try ResidentErasure.apply(1, at: Date(), db)
            #expect(report.visits == 0 && report.signals == 0)
            #expect(try String.fetchOne(db, sql: "SELECT name FROM resident WHERE id = 1") == "#1")
        }
    }
}
