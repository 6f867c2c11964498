import Foundation
import GRDB
import Testing
@testable import Inventory

/// The round on a tablet, as the store takes it (issue 18, point 1): issued to one browser,
/// synced by number, each number taken once with what it records.
@Suite struct RoundStoreTests {
    struct Rig {
        let hub: TestHub
        let rounds: RoundStore
        let tablet: Int64
        let jan: Resident
        let ria: Resident
    }

    func rig() async throws -> Rig {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2", street: "Kerkweg", number: "3")
        try hub.insertParcel("VG00000001", supplier: "vegro", resident: jan, at: hub.clock.now)
        try hub.insertParcel("APO-000001", supplier: "apotheek", resident: jan, at: hub.clock.now)
        try hub.insertParcel("VG00000002", supplier: "vegro", resident: ria, at: hub.clock.now)
        let now = hub.clock.now
        let tablet = try await hub.database.pool.write { db in
            try db.execute(
                sql: "INSERT INTO browser (token_digest, code, label, requested_at, approved_at) VALUES (randomblob(32), '123456', 'tablet', ?, ?)",
                arguments: [now, now]
            )
            return db.lastInsertedRowID
        }
        return Rig(hub: hub, rounds: RoundStore(database: hub.database, calendar: hub.calendar, parcels: hub.parcels), tablet: tablet, jan: jan, ria: ria)
    }

    func outcome(_ seq: Int64, _ barcode: String, _ outcome: String, minutes: String? = nil, at: Date) -> RoundEntry {
        RoundEntry(seq: seq, at: at, action: .outcome(barcode: barcode, outcome: outcome, minutes: minutes))
    }

    @Test func theRoundNamesAFirstNameAndInitialAndNothingMore() async throws {
        let rig = try await rig()
        let round = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        #expect(round.nextSeq == 1)
        #expect(round.stops.map(\.address) == ["Dorpsstraat 1", "Kerkweg 3"])
        #expect(round.stops.first?.residents.map(\.shortName) == ["Jan V."])
        #expect(round.stops.first?.parcels.map(\.barcode) == ["VG00000001", "APO-000001"])
        #expect(round.stops.first?.parcels.last?.medication == true)
        #expect(round.stops.first?.remarks.contains { $0.contains("medicatie") } == true)
        #expect(TabletResident.shortName("Kees") == "Kees" && TabletResident.shortName("  ") == "?")
        let audit = try await rig.hub.auditEntries()
        #expect(audit.last?.action == "round.issue")
    }

    /// The number the round gave a resident, found by the short name it shows.
    func ref(_ shortName: String, in round: TabletRound) throws -> Int64 {
        try #require(round.stops.flatMap(\.residents).first { $0.shortName == shortName }?.ref)
    }

    @Test func eachNumberIsTakenOnceAndAReplayAnswersTheSame() async throws {
        let rig = try await rig()
        let round = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        let at = rig.hub.clock.now
        let entries = [
            outcome(1, "VG00000001", "contact", minutes: "5-15", at: at),
            outcome(2, "APO-000001", "letterbox", at: at),
            outcome(3, "VG00000002", "not-home", at: at),
            RoundEntry(seq: 4, at: at, action: .visit(residentRef: try ref("Ria J.", in: round), reason: "chat", minutes: 10)),
            RoundEntry(seq: 5, at: at, action: .signal(residentRef: try ref("Jan V.", in: round), category: "nutrition", text: "koelkast leeg")),
        ]
        let first = try await rig.rounds.sync(from: rig.tablet, entries, by: TestHub.anna)
        #expect(first.nextSeq == 6)
        #expect(first.receipts.map(\.state) == [.applied, .refused, .applied, .applied, .applied])
        #expect(first.receipts[1].message?.en.contains("never left in a letterbox") == true)
        let again = try await rig.rounds.sync(from: rig.tablet, entries, by: TestHub.anna)
        #expect(again.receipts.map(\.state) == first.receipts.map(\.state))
        #expect(again.receipts.allSatisfy { $0.replayed })
        #expect(again.receipts[1].message == first.receipts[1].message)
        #expect(try rig.hub.rowCount("delivery_attempt") == 2)
        #expect(try rig.hub.rowCount("visit") == 1)
        #expect(try rig.hub.rowCount("signal") == 1)
        let minutes = try await rig.hub.database.pool.read { try String.fetchOne($0, sql: "SELECT contact_minutes FROM delivery_attempt WHERE outcome = 'contact'") }
        #expect(minutes == "5-15")
        let retry = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        #expect(retry.nextSeq == 6, "a second fetch the same day keeps the numbering")
        #expect(retry.stops.flatMap(\.parcels).map(\.barcode) == ["APO-000001", "VG00000002"], "refused and not-home stay on the list")
        #expect(try ref("Ria J.", in: retry) == (try ref("Ria J.", in: round)), "and the residents' numbers")
        let twice = try await rig.rounds.sync(from: rig.tablet, [outcome(6, "VG00000002", "not-home", at: at)], by: TestHub.anna)
        #expect(twice.receipts.first?.message?.en.contains("already recorded as not home today") == true, "a double tap is not a second try")
        var other = entries[0]
        other.action = .outcome(barcode: "VG00000002", outcome: "contact", minutes: nil)
        let clash = try await rig.rounds.sync(from: rig.tablet, [other], by: TestHub.anna)
        #expect(clash.receipts.first?.state == .refused && clash.receipts.first?.replayed == false)
        #expect(clash.receipts.first?.message?.en.contains("already used for something else") == true)
    }

    @Test func aResidentWhoseParcelsAreSettledIsNotOnTheRound() async throws {
        let rig = try await rig()
        let kees = try await rig.hub.addResident("Kees Smit", reference: "R3", street: "Kerkweg", number: "3")
        try rig.hub.insertAttempt(try rig.hub.insertParcel("VG00000003", supplier: "vegro", resident: kees, at: rig.hub.clock.now), .contact, at: rig.hub.clock.now)
        let round = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        let kerkweg = try #require(round.stops.first { $0.address == "Kerkweg 3" })
        #expect(kerkweg.residents.map(\.shortName) == ["Ria J."], "Kees has had his parcel: not named, his remarks not shown")
        #expect(kerkweg.parcels.map(\.barcode) == ["VG00000002"])
        let unreadable = RoundEntry(seq: 1, at: rig.hub.clock.now, action: .unreadable(LocalizedText(nl: "te lang", en: "too long")))
        let result = try await rig.rounds.sync(from: rig.tablet, [unreadable], by: TestHub.anna)
        #expect(result.receipts.map(\.state) == [.refused] && result.nextSeq == 2, "an unreadable entry takes its number, so the queue moves on")
    }

    @Test func aBatchThatSkipsANumberIsRefusedWholeAndNothingIsTaken() async throws {
        let rig = try await rig()
        _ = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        let at = rig.hub.clock.now
        await #expect { try await rig.rounds.sync(from: rig.tablet, [outcome(2, "VG00000001", "contact", at: at)], by: TestHub.anna) } throws: {
            "\($0)".contains("the hub waits for 1")
        }
        await #expect { try await rig.rounds.sync(from: rig.tablet, [outcome(2, "VG00000001", "contact", at: at), outcome(1, "VG00000002", "contact", at: at)], by: TestHub.anna) } throws: {
            "\($0)".contains("out of order")
        }
        #expect(try rig.hub.rowCount("delivery_attempt") == 0)
        let taken = try await rig.rounds.sync(from: rig.tablet, [outcome(1, "VG00000001", "contact", at: at)], by: TestHub.anna)
        #expect(taken.receipts.map(\.state) == [.applied])
    }

    @Test func whatIsNotOnThisDevicesRoundIsRefusedWithAReason() async throws {
        let rig = try await rig()
        let at = rig.hub.clock.now
        await #expect { try await rig.rounds.sync(from: rig.tablet, [outcome(1, "VG00000001", "contact", at: at)], by: TestHub.anna) } throws: {
            "\($0)".contains("fetch the round first")
        }
        _ = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        let kees = try await rig.hub.addResident("Kees Smit", reference: "R3", street: "Brink", number: "5")
        try rig.hub.insertParcel("VG00000009", supplier: "vegro", resident: kees, at: at)
        let result = try await rig.rounds.sync(from: rig.tablet, [
            outcome(1, "VG00000009", "contact", at: at),
            RoundEntry(seq: 2, at: at, action: .visit(residentRef: 3, reason: "chat", minutes: 5)),
            RoundEntry(seq: 3, at: at, action: .signal(residentRef: 999, category: "other", text: "x")),
            outcome(4, "VG00000001", "returned", at: at),
            outcome(5, "VG00000001", "letterbox", minutes: "0-5", at: at),
        ], by: TestHub.anna)
        #expect(result.receipts.allSatisfy { $0.state == .refused })
        let reasons = result.receipts.compactMap(\.message?.en)
        #expect(reasons[0].contains("not on this device's round") && reasons[1].contains("no longer) on this device's round"))
        #expect(reasons[2].contains("no longer) on this device's round") && reasons[3].contains("recorded at the hub") && reasons[4].contains("minutes go with a contact"))
        #expect(try rig.hub.rowCount("delivery_attempt") == 0)
        #expect(try rig.hub.rowCount("visit") == 0)
    }

    @Test func theTimeOfATapIsKeptWithinTheRoundsDay() async throws {
        let rig = try await rig()
        let issued = rig.hub.clock.now
        _ = try await rig.rounds.issue(to: rig.tablet, by: TestHub.anna)
        rig.hub.clock.advance(hours: 3)
        let tapped = issued.addingTimeInterval(3600)
        _ = try await rig.rounds.sync(from: rig.tablet, [
            outcome(1, "VG00000001", "contact", at: tapped),
            outcome(2, "VG00000002", "contact", at: issued.addingTimeInterval(-86_400 * 30)),
            outcome(3, "APO-000001", "contact", at: issued.addingTimeInterval(86_400 * 30)),
        ], by: TestHub.anna)
        let times = try await rig.hub.database.pool.read { try Date.fetchAll($0, sql: "SELECT recorded_at FROM delivery_attempt ORDER BY id") }
        #expect(times == [tapped, issued, rig.hub.clock.now])
    }
}
