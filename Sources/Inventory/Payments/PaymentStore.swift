import Foundation
import GRDB

/// The durable side of card payments: every step is committed before the hub moves on, so a
/// power cut at any moment leaves a record that says what may have happened.
public struct PaymentStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let rules: PaymentRules

    public init(database: HubDatabase, calendar: HubCalendar, rules: PaymentRules) {
        self.database = database
        self.calendar = calendar
        self.rules = rules
    }

    /// Stores a new PENDING payment, or returns the approved one that already settled the
    /// reference, so a repeated request charges nothing.
    public func begin(_ request: PaymentIntent) async throws -> PaymentStart {
        try Self.check(request.amount, rules: rules)
        let reference = try Self.checkedReference(request.reference)
        let now = calendar.now()
        do {
            return try await database.pool.write { db in
                if let held = try Self.holding(reference: reference, db) {
                    guard held.status == .approved else { throw Self.inProgress(held) }
                    return .alreadyApproved(held)
                }
                if let useID = request.serviceUseID {
                    try Self.checkServiceUse(useID, amount: request.amount, db)
                }
                var payment = Self.newPayment(request, reference: reference, now: now, day: calendar.day(of: now))
                try payment.insert(db)
                if let actor = request.staff {
                    try AuditLog.record(db, at: now, actor: actor, action: "payment.request", residentID: nil,
                                        subject: "\(reference) \(request.amount.formatted(.en))")
                }
                return .created(payment)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw Self.concurrentRequest(reference)
        }
    }

    /// Written just before the charge command goes out: from here on a restart must ask the
    /// terminal what happened instead of assuming nothing was charged.
    public func markSent(_ id: Int64) async throws {
        let now = calendar.now()
        try await update(id) { payment in
            payment.status = .sent
            payment.sentAt = now
        }
    }

    /// Journals the terminal's result; called before the terminal is acknowledged.
    public func journal(_ id: Int64, _ outcome: PaymentOutcome) async throws -> Payment {
        let now = calendar.now()
        return try await update(id) { payment in
            Self.apply(outcome, to: &payment, at: now)
        }
    }

    /// The terminal finished an approved transaction: the payment is final, and a service use
    /// it paid for is settled in the same transaction.
    public func complete(_ id: Int64) async throws -> Payment {
        try await update(id) { payment in
            payment.completed = true
        } also: { payment, db in
            try Self.settle(payment, db)
        }
    }

    /// The link or the hub failed while the outcome was open; recovery resolves it.
    public func markUnknown(_ id: Int64, reason: String) async throws {
        try await update(id) { payment in
            payment.status = .unknown
            payment.reason = reason
        }
    }

    /// Lines in the order the terminal printed them; stored before the terminal is answered.
    public func appendReceipt(_ id: Int64, lines: [String]) async throws {
        guard !lines.isEmpty else { return }
        try await database.pool.write { db in
            let next = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM payment_receipt_line WHERE payment_id = ?", arguments: [id]) ?? 1
            for (offset, line) in lines.enumerated() {
                try db.execute(sql: "INSERT INTO payment_receipt_line (payment_id, position, text) VALUES (?, ?, ?)",
                               arguments: [id, next + offset, String(line.prefix(Self.maxLineLength))])
            }
        }
    }

    public func payment(id: Int64) async throws -> Payment? {
        try await database.pool.read { db in try Payment.fetchOne(db, key: id) }
    }

    public func receipt(_ id: Int64) async throws -> [String] {
        try await database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM payment_receipt_line WHERE payment_id = ? ORDER BY position", arguments: [id])
        }
    }

    @discardableResult
    func update(
        _ id: Int64, _ change: @escaping @Sendable (inout Payment) -> Void,
        also: @escaping @Sendable (Payment, Database) throws -> Void = { _, _ in }
    ) async throws -> Payment {
        try await database.pool.write { db in
            guard var payment = try Payment.fetchOne(db, key: id) else { throw Self.missing(id) }
            change(&payment)
            try payment.update(db)
            try also(payment, db)
            return payment
        }
    }

    static let maxLineLength = 200
}

extension PaymentStore {
    /// Keeps a write the disk refused for `kiosk status`, and ends hubd on a lost one (see
    /// `HubDatabase.noteFailedWrite`).
    public func noteFailedWrite(_ error: any Error) {
        database.noteFailedWrite(error)
    }
}
