import Foundation
import GRDB

extension PaymentStore {
    /// Run once at start-up, before the terminal is touched. PENDING was never sent, so it is
    /// aborted with nothing charged; SENT, and an approval the terminal never completed, may
    /// or may not have been charged, so they become UNKNOWN for recovery.
    public func sweepAfterRestart() async throws -> [Payment] {
        let now = calendar.now()
        return try await database.pool.write { db in
            try db.execute(
                sql: "UPDATE payment SET status = 'aborted', finished_at = ?, reason = ? WHERE status = 'pending'",
                arguments: [now, Self.neverSent]
            )
            try db.execute(
                sql: "UPDATE payment SET status = 'unknown', reason = ? WHERE status = 'sent' OR (status = 'approved' AND completed = 0)",
                arguments: [Self.interrupted]
            )
            return try Self.unknown(db)
        }
    }

    /// Payments whose outcome the hub does not know yet, oldest first.
    public func unresolved() async throws -> [Payment] {
        try await database.pool.read { db in try Self.unknown(db) }
    }

    /// Settles an UNKNOWN payment from the terminal's record of its last transaction: the
    /// receipt number and amount must match (a journalled receipt number must be the same one;
    /// without one, the terminal's receipt must be one no other payment holds). Anything else
    /// means the terminal did not keep this charge.
    public func resolve(_ id: Int64, terminalLast: PaymentTerminalRecord?) async throws -> Payment {
        let now = calendar.now()
        return try await database.pool.write { db in
            guard var payment = try Payment.fetchOne(db, key: id) else { throw Self.missing(id) }
            guard payment.status == .unknown else { return payment }
            if let last = terminalLast, try Self.matches(payment, last, db) {
                payment.status = .approved
                payment.completed = true
                payment.receiptNumber = last.approval.receiptNumber
                payment.trace = last.approval.trace ?? payment.trace
                payment.terminalId = last.approval.terminalID ?? payment.terminalId
                payment.maskedPan = last.approval.maskedPAN ?? payment.maskedPan
                payment.cardName = last.approval.cardName ?? payment.cardName
                payment.resultCode = 0
                payment.reason = nil
            } else {
                payment.status = .aborted
                payment.reason = Self.notCharged
            }
            payment.recovered = true
            payment.finishedAt = payment.finishedAt ?? now
            try payment.update(db)
            try Self.settle(payment, db)
            return payment
        }
    }

    static func matches(_ payment: Payment, _ last: PaymentTerminalRecord, _ db: Database) throws -> Bool {
        guard last.amountCents == payment.amountCents, let receipt = last.approval.receiptNumber else { return false }
        if let journalled = payment.receiptNumber {
            return journalled == receipt
        }
        let taken = try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM payment WHERE receipt_number = ? AND id <> ? AND status = 'approved' AND created_at >= ?)",
            arguments: [receipt, payment.id, payment.createdAt.addingTimeInterval(-Self.receiptReuseWindow)]
        ) ?? false
        return !taken
    }

    static func unknown(_ db: Database) throws -> [Payment] {
        try Payment.filter(Column("status") == PaymentStatus.unknown.rawValue).order(Column("id")).fetchAll(db)
    }

    /// Terminals restart receipt numbering (daily or at 9999); a month is far beyond any
    /// payment still waiting for recovery.
    static let receiptReuseWindow: TimeInterval = 31 * 86_400

    static let neverSent = "not sent to the terminal (hub stopped first) — nothing was charged"
    static let interrupted = "the hub or the link stopped during the payment — checking with the terminal"
    static let notCharged = "not charged: the terminal has no record of this payment"
}
