import Foundation
import GRDB

extension StockStore {
    /// Books every line in one transaction with one audit row, or nothing: every line is
    /// checked and planned before the first write, so a refusal loses no scan.
    public func book(_ batch: StockBatch, by actor: StaffActor, device: String?) async throws -> StockBookingResult {
        try Self.checkShape(batch)
        let now = calendar.now()
        let today = calendar.day(of: now)
        let calendar = calendar
        return try await database.pool.write { db in
            try Self.checkParties(batch.mode, db)
            let plan = try Self.plan(batch, today: today, db)
            let slipId = batch.mode == .receive ? try Self.openOrderSlipId(db) : nil
            var context = BookingContext(mode: batch.mode, actor: actor, device: device, now: now, today: today, orderSlipId: slipId)
            if case .issue(let residentId, _) = batch.mode { context.residentId = residentId }
            var result = StockBookingResult(movements: [], loans: [], warnings: plan.warnings, orderSlipId: slipId)
            for step in plan.steps {
                try Self.write(step, context: &context, calendar: calendar, result: &result, db)
            }
            if let slipId {
                try db.execute(sql: "UPDATE order_slip SET received_at = ? WHERE id = ?", arguments: [now, slipId])
            }
            try AuditLog.record(
                db, at: now, actor: actor, action: "stock.\(batch.mode.movementKind.rawValue)",
                residentID: context.residentId, subject: "\(batch.lines.count) lines"
            )
            return result
        }
    }

    /// `returned → cleaning`: an explicit, audited step without a ledger movement, as the
    /// shelf level does not change.
    @discardableResult
    public func startCleaning(serial: String, by actor: StaffActor) async throws -> StockUnit {
        let trimmed = serial.trimmingCharacters(in: .whitespaces)
        let now = calendar.now()
        return try await database.pool.write { db in
            guard var unit = try StockUnit.filter(Column("serial") == trimmed).fetchOne(db) else {
                throw InventoryError(
                    .notFound,
                    nl: "eenheid \(trimmed) is nooit ontvangen in deze hub — controleer het serienummer",
                    en: "unit \(trimmed) was never received at this hub — check the serial"
                )
            }
            let article = try Self.requireArticle(id: unit.articleId, db)
            unit.state = try UnitState.transition(
                from: unit.state, on: .startCleaning, unit: UnitLabel(articleName: article.name, serial: trimmed)
            )
            unit.updatedAt = now
            try unit.update(db)
            try AuditLog.record(db, at: now, actor: actor, action: "stock.cleaning.start", subject: trimmed)
            return unit
        }
    }

    /// Who and when, shared by every line of one booking.
    struct BookingContext {
        var mode: StockMode
        var actor: StaffActor
        var device: String?
        var now: Date
        var today: LocalDay
        var orderSlipId: Int64?
        /// The resident the audit row names: the one issued to, or the one returning.
        var residentId: Int64?
    }

    private static func write(
        _ step: PlannedLine, context: inout BookingContext, calendar: HubCalendar, result: inout StockBookingResult, _ db: Database
    ) throws {
        var movement = newMovement(step, context)
        if let serial = step.line.serial, step.article.kind == .loan, let next = step.nextState {
            if case .issue(let residentId, let parcelId) = context.mode {
                let loan = try openLoan(step, serial: serial, residentId: residentId, parcelId: parcelId, context, calendar: calendar, db)
                movement.loanId = loan.id
                result.loans.append(loan)
            } else if !next.isLent, var loan = try Loan.filter(Column("serial") == serial && Column("closed_at") == nil).fetchOne(db) {
                loan.closedAt = context.now
                try loan.update(db)
                movement.loanId = loan.id
                movement.residentId = loan.residentId
                context.residentId = context.residentId ?? loan.residentId
            }
            try saveUnit(step, serial: serial, state: next, now: context.now, db)
        }
        try movement.insert(db)
        result.movements.append(movement)
    }

    private static func newMovement(_ step: PlannedLine, _ context: BookingContext) -> StockMovement {
        var residentId: Int64?, parcelId: Int64?, inspector: String?, reason: String?
        switch context.mode {
        case .issue(let resident, let parcel): residentId = resident; parcelId = parcel
        case .cleaned(let name): inspector = name
        case .writeOff(let why): reason = why
        case .receive, .return, .sendBack: break
        }
        return StockMovement(
            id: nil, kind: context.mode.movementKind, articleId: step.article.id ?? 0, serial: step.line.serial,
            batch: step.line.batch, expiresOn: step.line.expiry, quantity: step.line.quantity, delta: step.delta,
            residentId: residentId, parcelId: parcelId, loanId: nil, orderSlipId: context.orderSlipId, reversesId: nil,
            inspector: inspector, reason: reason, actorId: context.actor.id, actorName: context.actor.name,
            device: context.device, at: context.now, bookedOn: context.today
        )
    }

    private static func openLoan(
        _ step: PlannedLine, serial: String, residentId: Int64, parcelId: Int64?, _ context: BookingContext,
        calendar: HubCalendar, _ db: Database
    ) throws -> Loan {
        var loan = Loan(
            id: nil, articleId: step.article.id ?? 0, serial: serial, residentId: residentId, parcelId: parcelId,
            issuedAt: context.now, issuedOn: context.today,
            dueOn: context.today.adding(days: step.article.loanWeeks * 7, in: calendar),
            extendedOn: nil, agreedBy: nil, overrideReason: nil, closedAt: nil
        )
        try loan.insert(db)
        return loan
    }

    static func saveUnit(_ step: PlannedLine, serial: String, state: UnitState, now: Date, _ db: Database) throws {
        if var unit = step.unit {
            unit.state = state
            unit.updatedAt = now
            try unit.update(db)
        } else {
            var unit = StockUnit(articleId: step.article.id ?? 0, serial: serial, state: state, updatedAt: now)
            try unit.insert(db)
        }
    }

    static func openOrderSlipId(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM order_slip WHERE received_at IS NULL ORDER BY id DESC LIMIT 1")
    }
}

extension UnitState {
    /// Out with a resident, so a loan is open.
    var isLent: Bool { self == .issued || self == .atResident }
}
