import Foundation
import GRDB

/// The day's round on a concierge's tablet (issue 18, point 1). The hub issues the round to one
/// paired browser and remembers which parcels it took; the tablet sends back what was recorded
/// at the doors, numbered, and each number is taken once, in the same transaction as its
/// outcome, visit or signal.
public struct RoundStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let parcels: ParcelStore

    /// More than a day's doors in one send is not a round.
    public static let maxEntries = 200

    public init(database: HubDatabase, calendar: HubCalendar, parcels: ParcelStore) {
        self.database = database
        self.calendar = calendar
        self.parcels = parcels
    }

    /// Today's round for `browser`: the parcels still open and assigned, audited as a look at
    /// the residents on it. A browser that took yesterday's round starts afresh; one that takes
    /// today's again keeps its numbering and its residents' numbers.
    public func issue(to browser: Int64, by actor: StaffActor) async throws -> TabletRound {
        let now = calendar.now()
        let day = calendar.day(of: now)
        return try await database.pool.write { db in
            let open = try ParcelStore.rows(on: day, today: true, db).filter { parcel, resident in parcel.closedOn == nil && resident != nil }
            let next = try Self.register(browser, day: day, parcels: open.compactMap(\.0.id), at: now, to: actor, db)
            let refs = try Self.number(browser, residents: open.compactMap { $0.1?.id }, db)
            let round = TabletRound(list: parcels.dayList(open, on: day, now: now), issuedAt: now, nextSeq: next, refs: refs)
            try AuditLog.record(db, at: now, actor: actor, action: "round.issue", subject: "\(day) browser \(browser): \(round.stops.count) stops")
            return round
        }
    }

    private static func register(_ browser: Int64, day: LocalDay, parcels: [Int64], at now: Date, to actor: StaffActor, _ db: Database) throws -> Int64 {
        let held = try Row.fetchOne(db, sql: "SELECT next_seq, day FROM round_device WHERE browser_id = ?", arguments: [browser])
        let next: Int64 = held?["next_seq"] ?? 1
        try db.execute(sql: """
            INSERT INTO round_device (browser_id, next_seq, day, issued_at, issued_to) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (browser_id) DO UPDATE SET day = ?3, issued_at = ?4, issued_to = ?5
            """, arguments: [browser, next, day, now, actor.name])
        if held?["day"] != day.text {
            try db.execute(sql: "DELETE FROM round_parcel WHERE browser_id = ?", arguments: [browser])
            try db.execute(sql: "DELETE FROM round_resident WHERE browser_id = ?", arguments: [browser])
        }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO round_parcel (browser_id, parcel_id) VALUES (?, ?)")
        for parcel in parcels {
            try insert.execute(arguments: [browser, parcel])
        }
        return next
    }

    /// Each resident's number on this device's round: kept for the day, new ones after the last.
    private static func number(_ browser: Int64, residents: [Int64], _ db: Database) throws -> [Int64: Int64] {
        var refs = Dictionary(
            try Row.fetchAll(db, sql: "SELECT resident_id, ref FROM round_resident WHERE browser_id = ?", arguments: [browser])
                .map { (row: Row) -> (Int64, Int64) in (row["resident_id"], row["ref"]) },
            uniquingKeysWith: { first, _ in first }
        )
        var next = (refs.values.max() ?? 0) + 1
        for resident in residents where refs[resident] == nil {
            try db.execute(sql: "INSERT INTO round_resident (browser_id, ref, resident_id) VALUES (?, ?, ?)", arguments: [browser, next, resident])
            refs[resident] = next
            next += 1
        }
        return refs
    }

    /// Takes the entries this browser has not sent before, in order, and answers for every one,
    /// those sent before included, what became of it. A batch that skips a number is refused
    /// whole: what the device lost cannot be taken in its place.
    public func sync(from browser: Int64, _ entries: [RoundEntry], by actor: StaffActor) async throws -> RoundSyncResult {
        try Self.checkShape(entries)
        let now = calendar.now()
        return try await database.pool.write { db in
            guard let device = try Row.fetchOne(db, sql: "SELECT next_seq, issued_at FROM round_device WHERE browser_id = ?", arguments: [browser]) else {
                throw Self.noRound()
            }
            var next: Int64 = device["next_seq"]
            let issuedAt: Date = device["issued_at"]
            try Self.checkNoGap(entries, next: next)
            var receipts: [RoundReceipt] = []
            for entry in entries {
                guard entry.seq >= next else {
                    receipts.append(try Self.earlier(entry, from: browser, db))
                    continue
                }
                let time = min(max(entry.at, issuedAt), now)
                let receipt = try apply(entry, from: browser, at: time, by: actor, db)
                try db.execute(
                    sql: """
                        INSERT INTO round_entry (browser_id, seq, kind, digest, state, message_nl, message_en, synced_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [browser, entry.seq, entry.kind, entry.digest, receipt.state.rawValue, receipt.message?.nl, receipt.message?.en, now]
                )
                receipts.append(receipt)
                next = entry.seq + 1
            }
            try db.execute(sql: "UPDATE round_device SET next_seq = ? WHERE browser_id = ?", arguments: [next, browser])
            return RoundSyncResult(receipts: receipts, nextSeq: next)
        }
    }

    /// A refusal of one entry undoes only that entry's writes; a failing disk ends the batch.
    private func apply(_ entry: RoundEntry, from browser: Int64, at time: Date, by actor: StaffActor, _ db: Database) throws -> RoundReceipt {
        do {
            try db.inSavepoint {
                try perform(entry.action, from: browser, at: time, by: actor, db)
                return .commit
            }
            return RoundReceipt(seq: entry.seq, state: .applied, replayed: false, message: nil)
        } catch let refusal as InventoryError {
            return RoundReceipt(seq: entry.seq, state: .refused, replayed: false, message: refusal.text)
        }
    }

    private func perform(_ action: RoundEntry.Action, from browser: Int64, at time: Date, by actor: StaffActor, _ db: Database) throws {
        switch action {
        case .outcome(let barcode, let raw, let minutes):
            let outcome = try Self.tabletOutcome(raw)
            let minutes = try minutes.map { try InventoryError.choice($0, as: ContactMinutes.self, nl: "minuten", en: "minutes") }
            var parcel = try ParcelStore.current(barcode, db)
            guard let id = parcel.id, try Self.holds(browser, parcel: id, db) else { throw Self.notOnRound(parcel.barcode) }
            try Self.checkNotHomeOnce(parcel, outcome, on: calendar.day(of: time), calendar: calendar)
            try ParcelStore.settle(&parcel, outcome, minutes: minutes, at: time, by: actor, calendar: calendar, db)
        case .visit(let ref, let raw, let minutes):
            let reason = try InventoryError.choice(raw, as: VisitReason.self, nl: "reden", en: "reason")
            try VisitStore.checkMinutes(minutes)
            let resident = try Self.resident(ref, on: browser, db)
            let visit = Visit(residentId: resident, reason: reason, minutes: minutes, signalId: nil, visitedAt: time, visitedOn: calendar.day(of: time), recordedBy: actor.name)
            _ = try VisitStore.record(visit, by: actor, db)
        case .signal(let ref, let raw, let text):
            let category = try InventoryError.choice(raw, as: SignalCategory.self, nl: "categorie", en: "category")
            let text = try SignalStore.validText(text)
            let resident = try Self.resident(ref, on: browser, db)
            let signal = Signal(
                residentId: resident, category: category, text: text, owner: .concierge, status: .open, followUpOn: nil,
                openedAt: time, openedBy: actor.name, updatedAt: time
            )
            _ = try SignalStore.open(signal, by: actor, db)
        case .unreadable(let reason):
            throw InventoryError(.invalidInput, reason)
        }
    }
}
