import Crypto
import Foundation
import GRDB

/// Pairing browsers with the hub for the staff dashboard. A browser asks and shows a six-digit
/// code; a staff member approves that code at the kiosk, where their pass and PIN already
/// identify them. Only then may staff log in on that browser with their PIN.
public struct BrowserStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar

    /// How long a code shown on a browser can be approved: long enough to walk to the kiosk.
    public static let waitingSeconds: Double = 600
    /// More browsers waiting than this is a flood, not a tablet being set up.
    public static let maxWaiting = 20

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    /// A new request. The browser gets the only copy of the token (for its cookie) and the code
    /// to show.
    public func request(label: String) async throws -> (token: String, code: String) {
        let token = StaffStore.newToken()
        let digest = StaffStore.tokenDigest(token)
        let now = calendar.now()
        let since = now.addingTimeInterval(-Self.waitingSeconds)
        let label = String(label.prefix(80))
        let code = try await database.pool.write { db in
            try PairedBrowser.filter(PairedBrowser.Columns.approvedAt == nil && PairedBrowser.Columns.requestedAt < since).deleteAll(db)
            let waiting = try PairedBrowser.all().waiting(since: since)
            guard try waiting.fetchCount(db) < Self.maxWaiting else { throw Self.tooManyWaiting() }
            let taken = Set(try String.fetchAll(db, waiting.select(PairedBrowser.Columns.code)))
            let code = Self.newCode(avoiding: taken)
            try db.execute(
                sql: "INSERT INTO browser (token_digest, code, label, requested_at) VALUES (?, ?, ?, ?)",
                arguments: [digest, code, label, now]
            )
            return code
        }
        return (token, code)
    }

    public func standing(token: String) async throws -> BrowserStanding {
        let digest = StaffStore.tokenDigest(token)
        let since = calendar.now().addingTimeInterval(-Self.waitingSeconds)
        return try await database.pool.read { db in
            guard let row = try Row.fetchOne(db, PairedBrowser.all().withToken(digest).select(
                PairedBrowser.Columns.id, PairedBrowser.Columns.code, PairedBrowser.Columns.requestedAt,
                PairedBrowser.Columns.approvedAt, PairedBrowser.Columns.revokedAt
            )) else { return .unknown }
            if row[PairedBrowser.Columns.revokedAt] as Date? != nil { return .revoked }
            if row[PairedBrowser.Columns.approvedAt] as Date? != nil { return .paired(id: row[PairedBrowser.Columns.id]) }
            guard let asked = row[PairedBrowser.Columns.requestedAt] as Date?, asked >= since else { return .unknown }
            return .waiting(id: row[PairedBrowser.Columns.id], code: row[PairedBrowser.Columns.code])
        }
    }

    /// Approves the browser showing `code`, audited with the staff member who approved it.
    public func approve(code: String, by actor: StaffActor) async throws -> PairedBrowser {
        guard code.count == 6, code.allSatisfy(\.isASCIIDigit) else { throw Self.malformedCode(code) }
        let now = calendar.now()
        let since = now.addingTimeInterval(-Self.waitingSeconds)
        return try await database.pool.write { db in
            guard let browser = try PairedBrowser.all().waiting(since: since).filter(PairedBrowser.Columns.code == code).fetchOne(db) else {
                throw Self.noSuchCode(code)
            }
            try db.execute(sql: "UPDATE browser SET approved_at = ?, approved_by = ? WHERE id = ?", arguments: [now, actor.id, browser.id])
            try AuditLog.record(db, at: now, actor: actor, action: "browser.pair", subject: "browser \(browser.id)")
            return try PairedBrowser.fetchOne(db, key: browser.id) ?? browser
        }
    }

    /// Ends a pairing and every staff session on that browser, at once.
    public func revoke(id: Int64, by actor: StaffActor) async throws -> PairedBrowser {
        let now = calendar.now()
        return try await database.pool.write { db in
            guard let browser = try PairedBrowser.fetchOne(db, key: id), browser.approvedAt != nil else { throw Self.noSuchBrowser(id) }
            guard browser.revokedAt == nil else { return browser }
            try db.execute(sql: "UPDATE browser SET revoked_at = ? WHERE id = ?", arguments: [now, id])
            try db.execute(sql: "DELETE FROM staff_token WHERE browser_id = ?", arguments: [id])
            try AuditLog.record(db, at: now, actor: actor, action: "browser.revoke", subject: "browser \(id)")
            return try PairedBrowser.fetchOne(db, key: id) ?? browser
        }
    }

    /// Paired and revoked browsers, newest first; requests still waiting are not listed.
    public func list() async throws -> [PairedBrowser] {
        try await database.pool.read { db in
            try PairedBrowser.filter(PairedBrowser.Columns.approvedAt != nil).order(PairedBrowser.Columns.id.desc).fetchAll(db)
        }
    }

    static func newCode(avoiding taken: Set<String>) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let code = String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
            if !taken.contains(code) { return code }
        }
    }
}

extension BrowserStore {
    static func tooManyWaiting() -> InventoryError {
        InventoryError(
            .refused,
            nl: "er wachten al \(maxWaiting) browsers op koppeling — probeer het over tien minuten opnieuw",
            en: "\(maxWaiting) browsers are already waiting to be paired — try again in ten minutes"
        )
    }

    static func malformedCode(_ code: String) -> InventoryError {
        InventoryError(
            .invalidInput,
            nl: "koppelcode '\(code.prefix(20))' — typ de zes cijfers die de browser toont",
            en: "pairing code '\(code.prefix(20))' — type the six digits the browser shows"
        )
    }

    static func noSuchCode(_ code: String) -> InventoryError {
        InventoryError(
            .notFound,
            nl: "geen browser wacht met code \(code) — een code geldt tien minuten; vraag op de browser een nieuwe",
            en: "no browser is waiting with code \(code) — a code lasts ten minutes; ask for a new one on the browser"
        )
    }

    static func noSuchBrowser(_ id: Int64) -> InventoryError {
        InventoryError(
            .notFound,
            nl: "geen gekoppelde browser \(id) — `kiosk dashboard list` toont ze",
            en: "no paired browser \(id) — `kiosk dashboard list` shows them"
        )
    }
}
