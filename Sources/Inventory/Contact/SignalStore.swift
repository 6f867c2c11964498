import Foundation
import GRDB

/// Signals and their follow-up (issue 18, point 4). Every look and change is a staff action on
/// a resident's records, audited in its own transaction; a hand-over's audit row names the
/// party it went to.
public struct SignalStore: Sendable {
    /// What staff give to open a signal; words as typed, checked here.
    public struct Fields: Sendable, Equatable {
        public var resident: String
        public var category: String
        public var text: String
        public var owner: String
        public var followUpOn: String?

        public init(resident: String, category: String, text: String, owner: String = SignalOwner.concierge.rawValue, followUpOn: String? = nil) {
            self.resident = resident
            self.category = category
            self.text = text
            self.owner = owner
            self.followUpOn = followUpOn
        }
    }

    /// What an update may change; nil leaves a field as it is.
    public struct Change: Sendable, Equatable {
        public var status: String?
        public var owner: String?
        public var followUpOn: String?
        public var text: String?

        public init(status: String? = nil, owner: String? = nil, followUpOn: String? = nil, text: String? = nil) {
            self.status = status
            self.owner = owner
            self.followUpOn = followUpOn
            self.text = text
        }
    }

    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    public func add(_ fields: Fields, by actor: StaffActor) async throws -> SignalLine {
        let now = calendar.now()
        let category = try InventoryError.choice(fields.category, as: SignalCategory.self, nl: "categorie", en: "category")
        let owner = try InventoryError.choice(fields.owner, as: SignalOwner.self, nl: "eigenaar", en: "owner")
        let text = try Self.validText(fields.text)
        let followUp = try fields.followUpOn.map { try Self.validFollowUp($0, today: calendar.day(of: now)) }
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: fields.resident, db)
            let signal = try Self.open(
                Signal(
                    residentId: try Self.id(of: resident), category: category, text: text, owner: owner, status: .open,
                    followUpOn: followUp, openedAt: now, openedBy: actor.name, updatedAt: now
                ), by: actor, db
            )
            return try Self.line(signal, today: calendar.day(of: now), db)
        }
    }

    /// Stores a checked new signal with its audit row; shared with the tablet's sync.
    static func open(_ signal: Signal, by actor: StaffActor, _ db: Database) throws -> Signal {
        var signal = signal
        try signal.insert(db)
        guard let id = signal.id else { throw InventoryError.unnumbered(nl: "het signaal", en: "the signal") }
        try AuditLog.record(db, at: signal.openedAt, actor: actor, action: "signal.add", residentID: signal.residentId, subject: "signal \(id)")
        return signal
    }

    /// Newest first; `openOnly` leaves out closed ones, `dueOnly` keeps those whose follow-up
    /// day has come. One audit row for the list.
    public func list(openOnly: Bool = false, dueOnly: Bool = false, by actor: StaffActor) async throws -> [SignalLine] {
        let now = calendar.now()
        let today = calendar.day(of: now)
        return try await database.pool.write { db in
            var request = Signal.all()
            if openOnly || dueOnly { request = request.notClosed() }
            if dueOnly { request = request.filter(Signal.Columns.followUpOn <= today.text) }
            let signals = try request.order(Signal.Columns.openedAt.desc, Column("id").desc).fetchAll(db)
            let residents = try Self.residents(of: signals, db)
            try AuditLog.record(db, at: now, actor: actor, action: "signal.list", subject: dueOnly ? "due" : openOnly ? "open" : "all")
            return signals.map { signal in
                let resident = residents[signal.residentId]
                return SignalLine(
                    signal: signal, residentReference: resident?.reference, residentName: resident?.name ?? "#\(signal.residentId)",
                    due: signal.isDue(today: today)
                )
            }
        }
    }

    public func update(_ id: Int64, _ change: Change, by actor: StaffActor) async throws -> SignalLine {
        let now = calendar.now()
        let status = try change.status.map { try InventoryError.choice($0, as: SignalStatus.self, nl: "status", en: "status") }
        if status == .closed { throw Self.closeWithClose(id) }
        if status == .handedOver { throw Self.handOverWithHandOver(id) }
        let owner = try change.owner.map { try InventoryError.choice($0, as: SignalOwner.self, nl: "eigenaar", en: "owner") }
        let text = try change.text.map(Self.validText)
        let followUp = try change.followUpOn.map { try Self.validFollowUp($0, today: calendar.day(of: now)) }
        return try await database.pool.write { db in
            var signal = try Self.openSignal(id, db)
            signal.status = status ?? signal.status
            signal.owner = owner ?? signal.owner
            signal.text = text ?? signal.text
            signal.followUpOn = followUp ?? signal.followUpOn
            signal.updatedAt = now
            try signal.update(db)
            try AuditLog.record(db, at: now, actor: actor, action: "signal.update", residentID: signal.residentId, subject: "signal \(id)")
            return try Self.line(signal, today: calendar.day(of: now), db)
        }
    }

    public func close(_ id: Int64, by actor: StaffActor) async throws -> SignalLine {
        let now = calendar.now()
        return try await database.pool.write { db in
            var signal = try Self.openSignal(id, db)
            signal.status = .closed
            signal.closedAt = now
            signal.closedBy = actor.name
            signal.updatedAt = now
            try signal.update(db)
            try AuditLog.record(db, at: now, actor: actor, action: "signal.close", residentID: signal.residentId, subject: "signal \(id)")
            return try Self.line(signal, today: calendar.day(of: now), db)
        }
    }

    /// Hands the signal to `to` and gives what that party needs; the audit row says to whom.
    public func handOver(_ id: Int64, to raw: String, by actor: StaffActor) async throws -> SignalHandOver {
        let now = calendar.now()
        let to = try InventoryError.choice(raw, as: SignalOwner.self, nl: "ontvanger", en: "recipient")
        guard to != .concierge else {
            throw InventoryError(
                .invalidInput, nl: "overdragen gaat naar een andere partij — kies social-team, gp, pharmacy of carer",
                en: "a hand-over goes to another party — choose social-team, gp, pharmacy or carer"
            )
        }
        let today = calendar.day(of: now)
        return try await database.pool.write { db in
            var signal = try Self.openSignal(id, db)
            guard let resident = try Resident.fetchOne(db, key: signal.residentId) else { throw Self.noSignal(id) }
            signal.status = .handedOver
            signal.owner = to
            signal.updatedAt = now
            signal.handedOverAt = signal.handedOverAt ?? now
            try signal.update(db)
            try AuditLog.record(db, at: now, actor: actor, action: "signal.handover", residentID: signal.residentId, subject: "signal \(id) to \(to.rawValue)")
            return SignalHandOver(
                signalId: id, to: to, residentName: resident.name, street: resident.street, houseNumber: resident.houseNumber,
                postcode: resident.postcode, town: resident.town, phone: resident.phone, category: signal.category, text: signal.text,
                noticedOn: LocalDay(signal.openedAt, in: calendar), followUpOn: signal.followUpOn, handedOverBy: actor.name, handedOverOn: today
            )
        }
    }

    static func openSignal(_ id: Int64, _ db: Database) throws -> Signal {
        guard let signal = try Signal.fetchOne(db, key: id) else { throw noSignal(id) }
        guard signal.status != .closed else {
            throw InventoryError(
                .conflict,
                nl: "signaal \(id) is al gesloten door \(signal.closedBy ?? "?") — open zo nodig een nieuw signaal",
                en: "signal \(id) was already closed by \(signal.closedBy ?? "?") — open a new signal if needed"
            )
        }
        return signal
    }

    /// The signal with its resident, as the list shows it; the change it follows was audited.
    static func line(_ signal: Signal, today: LocalDay, _ db: Database) throws -> SignalLine {
        let resident = try Resident.fetchOne(db, key: signal.residentId)
        return SignalLine(signal: signal, residentReference: resident?.reference, residentName: resident?.name ?? "#\(signal.residentId)", due: signal.isDue(today: today))
    }

    private static func residents(of signals: [Signal], _ db: Database) throws -> [Int64: Resident] {
        let ids = Set(signals.map(\.residentId))
        return Dictionary(uniqueKeysWithValues: try Resident.filter(keys: ids).fetchAll(db).compactMap { resident in resident.id.map { ($0, resident) } })
    }

    static func id(of resident: Resident) throws -> Int64 {
        guard let id = resident.id else { throw ResidentStore.noResident("?") }
        return id
    }

    static func validText(_ raw: String) throws(InventoryError) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...280).contains(text.count) else {
            throw InventoryError(
                .invalidInput,
                nl: "omschrijving moet 1 tot 280 tekens zijn (nu \(text.count)) — schrijf kort wat je zag",
                en: "the text must be 1 to 280 characters (now \(text.count)) — write briefly what you noticed"
            )
        }
        return text
    }

    static func validFollowUp(_ raw: String, today: LocalDay) throws(InventoryError) -> LocalDay {
        guard let day = LocalDay(raw.trimmingCharacters(in: .whitespaces)) else {
            throw InventoryError(.invalidInput, nl: "opvolgdatum '\(raw.prefix(20))' is geen JJJJ-MM-DD", en: "follow-up date '\(raw.prefix(20))' is not YYYY-MM-DD")
        }
        guard day >= today else {
            throw InventoryError(.invalidInput, nl: "opvolgdatum \(day) ligt in het verleden — geef vandaag (\(today)) of later", en: "follow-up date \(day) is in the past — give today (\(today)) or later")
        }
        return day
    }

    static func noSignal(_ id: Int64) -> InventoryError {
        InventoryError(.notFound, nl: "geen signaal \(id) — zie `kiosk signals`", en: "no signal \(id) — see `kiosk signals`")
    }

    private static func closeWithClose(_ id: Int64) -> InventoryError {
        InventoryError(.invalidInput, nl: "sluit een signaal met `kiosk signals close \(id)`", en: "close a signal with `kiosk signals close \(id)`")
    }

    private static func handOverWithHandOver(_ id: Int64) -> InventoryError {
        InventoryError(
            .invalidInput, nl: "draag een signaal over met `kiosk signals handover \(id) --to PARTIJ`",
            en: "hand a signal over with `kiosk signals handover \(id) --to PARTY`"
        )
    }
}
