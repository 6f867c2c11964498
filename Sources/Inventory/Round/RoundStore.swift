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

    /// Today's round for `browser`, audited as a look at the residents on it. A browser that
    /// took yesterday's round starts afresh; one that takes today's again keeps its numbering.
    public func issue(to browser: Int64, by actor: StaffActor) async throws -> TabletRound {
        let now = calendar.now()
        let day = calendar.day(of: now)
        return try await database.pool.write { db in
            let rows = try ParcelStore.rows(on: day, today: true, db)
            var round = TabletRound(list: parcels.dayList(rows, on: day, now: now), issuedAt: now, nextSeq: 1)
            let barcodes = Set(round.barcodes)
            let ids = rows.compactMap { parcel, _ in parcel.closedOn == nil && barcodes.contains(parcel.barcode) ? parcel.id : nil }
            round.nextSeq = try Self.register(browser, day: day, parcels: ids, at: now, to: actor, db)
            try AuditLog.record(db, at: now, actor: actor, action: "round.issue", subject: "\(day) browser \(browser): \(round.stops.count) stops")
            return round
        }
    }

    private static func register(_ browser: Int64, day: LocalDay, parcels: [Int64], at now: Date, to actor: StaffActor, _ db: Database) throws -> Int64 {
        let held = try Row.fetchOne(db, sql: "SELECT next_seq, day FROM round_device WHERE browser_id = ?", arguments: [browser])
        if held?["day"] != day.text {
            try db.execute(sql: "DELETE FROM round_parcel WHERE browser_id = ?", arguments: [browser])
        }
        let next: Int64 = held?["next_seq"] ?? 1
        try db.execute(sql: """
            INSERT INTO round_device (browser_id, next_seq, day, issued_at, issued_to) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (browser_id) DO UPDATE SET day = ?3, issued_at = ?4, issued_to = ?5
            """, arguments: [browser, next, day, now, actor.name])
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO round_parcel (browser_id, parcel_id) VALUES (?, ?)")
        for parcel in parcels {
            try insert.execute(arguments: [browser, parcel])
        }
        return next
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
                    receipts.append(try Self.earlier(entry.seq, from: browser, db))
                    continue
                }
                let time = min(max(entry.at, issuedAt), now)
                let receipt = try apply(entry, from: browser, at: time, by: actor, db)
                try db.execute(
                    sql: "INSERT INTO round_entry (browser_id, seq, kind, state, message_nl, message_en, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [browser, entry.seq, entry.kind, receipt.state.rawValue, receipt.message?.nl, receipt.message?.en, now]
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
            try ParcelStore.settle(&parcel, outcome, minutes: minutes, at: time, by: actor, calendar: calendar, db)
        case .visit(let resident, let raw, let minutes):
            let reason = try InventoryError.choice(raw, as: VisitReason.self, nl: "reden", en: "reason")
            try VisitStore.checkMinutes(minutes)
            try Self.requireOnRound(resident, browser, db)
            let visit = Visit(residentId: resident, reason: reason, minutes: minutes, signalId: nil, visitedAt: time, visitedOn: calendar.day(of: time), recordedBy: actor.name)
            _ = try VisitStore.record(visit, by: actor, db)
        case .signal(let resident, let raw, let text):
            let category = try InventoryError.choice(raw, as: SignalCategory.self, nl: "categorie", en: "category")
            let text = try SignalStore.validText(text)
            try Self.requireOnRound(resident, browser, db)
            let signal = Signal(
                residentId: resident, category: category, text: text, owner: .concierge, status: .open, followUpOn: nil,
                openedAt: time, openedBy: actor.name, updatedAt: time
            )
            _ = try SignalStore.open(signal, by: actor, db)
        }
    }
}
