import Foundation
import GRDB

/// Parcels from scan to outcome. Every change is one transaction, and callers acknowledge
/// to the concierge only after the `write` returns, i.e. after the commit is on disk.
public struct ParcelStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    public let suppliers: SupplierDirectory
    let coldChainHours: Double

    public init(database: HubDatabase, calendar: HubCalendar, suppliers: SupplierDirectory, coldChainHours: Double) {
        self.database = database
        self.calendar = calendar
        self.suppliers = suppliers
        self.coldChainHours = coldChainHours
    }

    public func receive(_ scan: ParcelScan) async throws -> ReceiveResult {
        let barcode = try Barcode.validated(scan.barcode)
        let supplier = scan.raw.flatMap { suppliers.supplier(for: $0) } ?? suppliers.supplier(for: barcode)
        let day = calendar.day(of: scan.receivedAt)
        let deadline = (supplier?.coldChain ?? false) ? scan.receivedAt.addingTimeInterval(coldChainHours * 3600) : nil
        return try await database.writeInPreparedTransaction { db in
            if let existing = try Self.alreadyHere(barcode, on: day, db) {
                return .duplicate(existing)
            }
            let entry = try ManifestEntry.latest(for: barcode, db)
            var parcel = Parcel(
                id: nil, barcode: barcode, supplierId: supplier?.id ?? entry?.supplierId ?? Supplier.unknownID,
                receivedAt: scan.receivedAt, receivedOn: day, device: scan.device, receivedBy: try Self.name(of: scan.receiver, db),
                residentId: entry?.residentId, assignedAt: entry.map { _ in scan.receivedAt },
                assignedBy: entry.map { "manifest \($0.source)" },
                coldChain: supplier?.coldChain ?? false, medication: supplier?.medication ?? false,
                deadlineAt: deadline, outcome: nil, outcomeAt: nil, closedOn: nil, attempts: 0
            )
            try Self.insertScanned(&parcel, db)
            let resident = try parcel.residentId.flatMap { try Resident.fetchOne(db, key: $0) }
            return .received(parcel, assignedTo: resident)
        }
    }

    /// A parcel is already here if it is still open from an earlier day, or was scanned today.
    /// Its statement is prepared once per connection: every intake scan runs it.
    static func alreadyHere(_ barcode: String, on day: LocalDay, _ db: Database) throws -> Parcel? {
        try Parcel.fetchOne(db, SQLRequest(
            sql: "SELECT * FROM parcel WHERE barcode = ? AND (closed_on IS NULL OR received_on = ?) ORDER BY id DESC LIMIT 1",
            arguments: [barcode, day], cached: true
        ))
    }

    /// The insert every intake scan makes, prepared once per connection and bound by hand:
    /// GRDB's record insert builds a column list, a persistence container and an ICU-formatted
    /// date on each call, about 15 % of a scan's CPU (issue 16). Other parcel writes keep the
    /// record API; `ParcelStoreTests` reads a scanned parcel back through it.
    static func insertScanned(_ parcel: inout Parcel, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO parcel (barcode, supplier_id, received_at, received_on, device, received_by, resident_id,
                assigned_at, assigned_by, cold_chain, medication, deadline_at, outcome, outcome_at, closed_on, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            parcel.barcode, parcel.supplierId, StoredDate.text(parcel.receivedAt), parcel.receivedOn, parcel.device,
            parcel.receivedBy, parcel.residentId, parcel.assignedAt.map(StoredDate.text), parcel.assignedBy,
            parcel.coldChain, parcel.medication, parcel.deadlineAt.map(StoredDate.text), parcel.outcome,
            parcel.outcomeAt.map(StoredDate.text), parcel.closedOn, parcel.attempts,
        ])
        parcel.id = db.lastInsertedRowID
    }

    private static func name(of receiver: ParcelScan.Receiver, _ db: Database) throws -> String? {
        switch receiver {
        case .named(let name): name
        case .intakeOperator: try StaffSessionStore.current(db)?.staffName
        }
    }

    /// `actor` is nil when no staff member is logged in (the intake console's shared screen);
    /// only a named staff member's action lands in the audit trail.
    public func assign(barcode: String, residentKey: String, by actor: StaffActor?) async throws -> ParcelView {
        let now = calendar.now()
        let (parcel, resident) = try await database.pool.write { db in
            var parcel = try Self.current(barcode, db)
            let resident = try ResidentStore.require(matching: residentKey, db)
            guard parcel.isOpen else { throw Self.alreadyClosed(parcel, calendar) }
            parcel.residentId = resident.id
            parcel.assignedAt = now
            parcel.assignedBy = actor?.name
            try parcel.update(db)
            if let actor {
                try AuditLog.record(db, at: now, actor: actor, action: "parcel.assign", residentID: resident.id, subject: parcel.barcode)
            }
            return (parcel, resident)
        }
        return ParcelView(parcel: parcel, supplierName: suppliers.name(of: parcel.supplierId), resident: resident, now: now)
    }

    public func deliver(barcode: String, outcome: DeliveryOutcome, minutes: ContactMinutes? = nil, by actor: StaffActor?) async throws -> ParcelView {
        let now = calendar.now()
        let (parcel, resident) = try await database.pool.write { db in
            var parcel = try Self.current(barcode, db)
            try Self.settle(&parcel, outcome, minutes: minutes, at: now, by: actor, calendar: calendar, db)
            return (parcel, try parcel.residentId.flatMap { try Resident.fetchOne(db, key: $0) })
        }
        return ParcelView(parcel: parcel, supplierName: suppliers.name(of: parcel.supplierId), resident: resident, now: now)
    }

    /// An outcome at the door, at the time it happened: from the hub's command line now, from a
    /// concierge's tablet when it syncs (issue 18). A not-home leaves the parcel open, so it is
    /// on tomorrow's list.
    static func settle(
        _ parcel: inout Parcel, _ outcome: DeliveryOutcome, minutes: ContactMinutes?, at time: Date, by actor: StaffActor?,
        calendar: HubCalendar, _ db: Database
    ) throws {
        guard minutes == nil || outcome == .contact else {
            throw InventoryError(
                .invalidInput, nl: "minuten horen bij een contact aan de deur — laat ze weg bij \(outcome.label.nl)",
                en: "minutes go with a contact at the door — leave them out for \(outcome.label.en)"
            )
        }
        try checkDeliverable(parcel, outcome, calendar)
        guard let parcelID = parcel.id else { throw InventoryError.unnumbered(nl: "pakket \(parcel.barcode)", en: "parcel \(parcel.barcode)") }
        var attempt = DeliveryAttempt(id: nil, parcelId: parcelID, outcome: outcome, recordedAt: time, recordedBy: actor?.name, contactMinutes: minutes)
        try attempt.insert(db)
        parcel.outcome = outcome
        parcel.outcomeAt = time
        parcel.attempts += 1
        parcel.closedOn = outcome.isFinal ? calendar.day(of: time) : nil
        try parcel.update(db)
        if let actor {
            try AuditLog.record(db, at: time, actor: actor, action: "parcel.deliver", residentID: parcel.residentId, subject: parcel.barcode)
        }
    }

    /// The parcel a barcode means now: the open one, else the latest one.
    static func current(_ barcode: String, _ db: Database) throws -> Parcel {
        let trimmed = barcode.trimmingCharacters(in: .whitespaces)
        let match = try Parcel.filter(Column("barcode") == trimmed)
            .order(sql: "closed_on IS NULL DESC, id DESC")
            .fetchOne(db)
        guard let match else {
            throw InventoryError(
                .notFound,
                nl: "geen pakket met barcode '\(trimmed)' — scan het eerst bij de intake, of zie `kiosk parcels`",
                en: "no parcel with barcode '\(trimmed)' — scan it at intake first, or see `kiosk parcels`"
            )
        }
        return match
    }
}

extension ParcelStore {
    /// Keeps a write the disk refused for `kiosk status`, and ends hubd on a lost one (see
    /// `HubDatabase.noteFailedWrite`).
    public func noteFailedWrite(_ error: any Error) {
        database.noteFailedWrite(error)
    }
}
