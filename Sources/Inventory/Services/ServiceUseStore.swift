import Foundation
import GRDB

/// Registrations at the kiosk: rides from check-in to check-out, chores and activity visits in
/// one tap. Each registration, its payment state and any credit deduction commit together.
public struct ServiceUseStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let rules: KioskRules

    public init(database: HubDatabase, calendar: HubCalendar, rules: KioskRules) {
        self.database = database
        self.calendar = calendar
        self.rules = rules
    }

    /// The resident's open ride, if any.
    public func openRide(residentID: Int64) async throws -> ServiceUseView? {
        try await database.pool.read { db in
            try Self.views(db, where: "service_use.resident_id = ? AND service_use.kind = 'ride' AND service_use.ended_at IS NULL",
                           arguments: [residentID], order: "service_use.started_at DESC", limit: 1).first
        }
    }

    /// The latest moment the resident's pass registered something: a use's start or a ride's
    /// check-out. Auto- and staff-closings are left out, as no tap made them.
    public func lastActivity(residentID: Int64) async throws -> Date? {
        try await database.pool.read { db in
            let started = try Date.fetchOne(db, sql: "SELECT MAX(started_at) FROM service_use WHERE resident_id = ?", arguments: [residentID])
            let ended = try Date.fetchOne(
                db, sql: "SELECT MAX(ended_at) FROM service_use WHERE resident_id = ? AND kind = 'ride' AND end_reason = 'tap'",
                arguments: [residentID]
            )
            return [started, ended].compactMap { $0 }.max()
        }
    }

    /// Registers a use at `calendar.now()`; price and payment are copied from the service, so a
    /// later price change never rewrites what a resident already owes.
    public func register(residentID: Int64, serviceID: Int64, passID: Int64?, device: String?) async throws -> ServiceUse {
        let now = calendar.now()
        do {
            return try await database.pool.write { db in
                try Self.checkResident(residentID, db)
                let service = try ServiceCatalog.require(id: serviceID, db)
                guard service.active else { throw Self.inactive(service) }
                if service.kind == .ride {
                    try closeStaleRide(residentID: residentID, now: now, db)
                    if let open = try Self.openRideRecord(residentID: residentID, db) {
                        throw try alreadyCheckedIn(open, now: now, db)
                    }
                }
                if service.payment == .credit {
                    try Self.checkCredit(residentID: residentID, covers: service.price, db)
                }
                var use = newUse(residentID: residentID, service: service, passID: passID, device: device, now: now)
                try use.insert(db)
                if service.payment == .credit {
                    try Self.deduct(use, db)
                }
                return use
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw Self.alreadyCheckedInSomewhere
        }
    }

    /// Closes the open ride with a tap. A ride left open past its day end is auto-closed first,
    /// so a forgotten ride from yesterday goes to review instead of ending today.
    public func checkOut(residentID: Int64, passID: Int64?, device: String?) async throws -> ServiceUse {
        let now = calendar.now()
        let closed: ServiceUse? = try await database.pool.write { db in
            try closeStaleRide(residentID: residentID, now: now, db)
            guard var use = try Self.openRideRecord(residentID: residentID, db) else { return nil }
            use.endedAt = now
            use.endReason = .tap
            try use.update(db)
            return use
        }
        guard let closed else { throw Self.notCheckedIn }
        return closed
    }

    /// Chores and visits are one tap, so they end when they start; a ride stays open.
    func newUse(residentID: Int64, service: Service, passID: Int64?, device: String?, now: Date) -> ServiceUse {
        ServiceUse(
            id: nil, residentId: residentID, serviceId: service.id ?? 0, kind: service.kind, passId: passID, device: device,
            startedAt: now, startedOn: calendar.day(of: now), endedAt: service.kind == .ride ? nil : now,
            endReason: nil, reviewState: nil, reviewedAt: nil, reviewedBy: nil, reviewNote: nil,
            priceCents: service.priceCents, payment: service.payment, paymentState: Self.paymentState(for: service.payment),
            recordedBy: nil
        )
    }

    static func paymentState(for method: PaymentMethod) -> PaymentState {
        switch method {
        case .pin: .awaitingPayment
        case .invoice: .invoice
        case .credit: .credit
        case .free: .free
        }
    }

    /// Runs before the use is inserted, so a refusal leaves nothing to roll back.
    static func checkCredit(residentID: Int64, covers price: Cents, _ db: Database) throws {
        let balance = try CreditStore.balance(residentID: residentID, db)
        guard balance >= price else { throw insufficientCredit(balance: balance, price: price) }
    }

    static func deduct(_ use: ServiceUse, _ db: Database) throws {
        var movement = CreditMovement(
            id: nil, residentId: use.residentId, amountCents: -use.priceCents, serviceUseId: use.id,
            reason: CreditMovement.serviceReason, at: use.startedAt, by: nil
        )
        try movement.insert(db)
    }

    static func checkResident(_ residentID: Int64, _ db: Database) throws {
        guard try Resident.exists(db, key: residentID) else {
            throw InventoryError(
                .notFound,
                nl: "geen bewoner \(residentID) — zie `kiosk residents list`",
                en: "no resident \(residentID) — see `kiosk residents list`"
            )
        }
    }

    static func openRideRecord(residentID: Int64, _ db: Database) throws -> ServiceUse? {
        try ServiceUse
            .filter(Column("resident_id") == residentID && Column("kind") == ServiceKind.ride.rawValue && Column("ended_at") == nil)
            .fetchOne(db)
    }
}
