import Foundation
import GRDB

/// Prepaid credit: staff top it up, the kiosk deducts from it when a credit-paid service is used.
public struct CreditStore: Sendable {
    /// A guard against a typo on the top-up amount; larger sums go through the office, not the hub.
    public static let maxTopUp = Cents(50_000)

    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    public func balance(residentID: Int64) async throws -> Cents {
        try await database.pool.read { db in try Self.balance(residentID: residentID, db) }
    }

    /// Staff top-up: amount parsed with `Cents.parse`, more than zero and at most € 500,00;
    /// the resident by reference or number. Returns the new balance.
    public func topUp(residentKey: String, amount: String, by actor: StaffActor) async throws -> Cents {
        let cents = try Cents.parse(amount)
        try Self.checkTopUp(cents)
        let now = calendar.now()
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: residentKey, db)
            let residentID = resident.id ?? 0
            var movement = CreditMovement(
                id: nil, residentId: residentID, amountCents: cents.value, serviceUseId: nil,
                reason: CreditMovement.topUpReason, at: now, by: actor.name
            )
            try movement.insert(db)
            try AuditLog.record(db, at: now, actor: actor, action: "credit.top-up", residentID: residentID, subject: cents.formatted(.en))
            return try Self.balance(residentID: residentID, db)
        }
    }

    static func balance(residentID: Int64, _ db: Database) throws -> Cents {
        let sum = try Int.fetchOne(
            db, sql: "SELECT COALESCE(SUM(amount_cents), 0) FROM credit_movement WHERE resident_id = ?", arguments: [residentID]
        )
        return Cents(sum ?? 0)
    }

    static func checkTopUp(_ amount: Cents) throws(InventoryError) {
        guard amount > .zero else {
            throw InventoryError(
                .invalidInput,
                nl: "opwaarderen met € 0,00 verandert niets — geef een bedrag, bijvoorbeeld 10,00",
                en: "topping up € 0.00 changes nothing — give an amount, e.g. 10.00"
            )
        }
        guard amount <= maxTopUp else {
            throw InventoryError(
                .invalidInput,
                nl: "\(amount.formatted(.nl)) is meer dan de \(maxTopUp.formatted(.nl)) die in één keer kan — controleer het bedrag, of waardeer in delen op",
                en: "\(amount.formatted(.en)) is more than the \(maxTopUp.formatted(.en)) allowed at once — check the amount, or top up in parts"
            )
        }
    }
}
