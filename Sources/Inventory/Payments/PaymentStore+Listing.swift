import Foundation
import GRDB

extension PaymentStore {
    /// The payments started on a day, newest first, each with its receipt lines.
    public func payments(on day: LocalDay) async throws -> [PaymentView] {
        try await database.pool.read { db in
            let payments = try Payment.filter(Column("created_on") == day.text).order(Column("id").desc).fetchAll(db)
            return try payments.map { payment in
                let lines = try String.fetchAll(
                    db, sql: "SELECT text FROM payment_receipt_line WHERE payment_id = ? ORDER BY position", arguments: [payment.id]
                )
                return PaymentView(payment: payment, receipt: lines)
            }
        }
    }

    /// Approved payments finished after `since` (all, when nil) up to `until`.
    static func approvedTotals(since: Date?, until: Date, _ db: Database) throws -> (count: Int, amount: Cents) {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) AS n, COALESCE(SUM(amount_cents), 0) AS total FROM payment
                WHERE status = 'approved' AND finished_at <= ? AND (? IS NULL OR finished_at > ?)
                """,
            arguments: [until, since, since]
        )
        return (row?["n"] ?? 0, Cents(row?["total"] ?? 0))
    }

    public func lastReconciliation() async throws -> PaymentReconciliation? {
        try await database.pool.read { db in
            try PaymentReconciliation.order(Column("id").desc).fetchOne(db)
        }
    }

    /// Compares the hub's approved payments since the last close with the terminal's totals
    /// and stores the comparison; both sides are kept, so a difference can be traced.
    public func reconcile(terminalCount: Int, terminalAmount: Cents, by actor: StaffActor) async throws -> PaymentReconciliation {
        let now = calendar.now()
        return try await database.pool.write { db in
            let since = try Date.fetchOne(db, sql: "SELECT MAX(closed_at) FROM payment_reconciliation")
            let hub = try Self.approvedTotals(since: since, until: now, db)
            let hubCount = hub.count
            let hubAmount = hub.amount.value
            var record = PaymentReconciliation(
                id: nil, closedAt: now, since: since, hubCount: hubCount, hubAmountCents: hubAmount,
                terminalCount: terminalCount, terminalAmountCents: terminalAmount.value,
                matches: hubCount == terminalCount && hubAmount == terminalAmount.value, closedBy: actor.name
            )
            try record.insert(db)
            try AuditLog.record(db, at: now, actor: actor, action: "payment.close-day", residentID: nil,
                                subject: record.matches ? "match" : "difference")
            return record
        }
    }
}
