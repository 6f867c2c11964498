import Foundation
import GRDB

/// *Mantelzorgers*: people who may act for a resident within a scope until a date. Adding,
/// listing and removing are all staff actions on one resident's records, so each is audited.
public struct ProxyStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    public func add(
        residentKey: String, name: String, scopes: [Proxy.Scope], expiresOn: LocalDay, by actor: StaffActor
    ) async throws -> Proxy {
        let now = calendar.now()
        let cleanName = try Self.validName(name)
        let scopeText = try Self.validScopes(scopes)
        try Self.checkExpiry(expiresOn, today: calendar.day(of: now))
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: residentKey, db)
            var proxy = Proxy(
                id: nil, residentId: resident.id ?? 0, name: cleanName, scopes: scopeText,
                expiresOn: expiresOn, createdAt: now, createdBy: actor.name
            )
            try proxy.insert(db)
            try AuditLog.record(db, at: now, actor: actor, action: "proxy.add", residentID: proxy.residentId, subject: "proxy \(proxy.id ?? 0)")
            return proxy
        }
    }

    /// The resident's proxies, expired ones included so staff see the history, newest first.
    public func list(residentKey: String, by actor: StaffActor) async throws -> [Proxy] {
        let now = calendar.now()
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: residentKey, db)
            let proxies = try Proxy
                .filter(Column("resident_id") == resident.id)
                .order(Column("created_at").desc, Column("id").desc)
                .fetchAll(db)
            try AuditLog.record(db, at: now, actor: actor, action: "proxy.list", residentID: resident.id)
            return proxies
        }
    }

    public func remove(proxyID: Int64, by actor: StaffActor) async throws {
        let now = calendar.now()
        try await database.pool.write { db in
            guard let proxy = try Proxy.fetchOne(db, key: proxyID) else {
                throw InventoryError(
                    .notFound,
                    nl: "geen mantelzorger \(proxyID) — zie `kiosk residents proxies list BEWONER`",
                    en: "no proxy \(proxyID) — see `kiosk residents proxies list RESIDENT`"
                )
            }
            _ = try proxy.delete(db)
            try AuditLog.record(db, at: now, actor: actor, action: "proxy.remove", residentID: proxy.residentId, subject: "proxy \(proxyID)")
        }
    }

    static func validName(_ raw: String) throws(InventoryError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...60).contains(name.count) else {
            throw InventoryError(
                .invalidInput,
                nl: "naam van de mantelzorger moet 1 tot 60 tekens zijn (nu \(name.count)) — geef voor- en achternaam",
                en: "the proxy's name must be 1 to 60 characters (now \(name.count)) — give first and last name"
            )
        }
        return name
    }

    /// Stored in the scope's declaration order without repeats, so equal sets read the same.
    static func validScopes(_ scopes: [Proxy.Scope]) throws(InventoryError) -> String {
        let chosen = Proxy.Scope.allCases.filter(scopes.contains)
        guard !chosen.isEmpty else {
            let all = Proxy.Scope.allCases.map(\.rawValue).joined(separator: ", ")
            throw InventoryError(
                .invalidInput,
                nl: "geef minstens één taak voor de mantelzorger — kies uit \(all)",
                en: "give the proxy at least one scope — choose from \(all)"
            )
        }
        return chosen.map(\.rawValue).joined(separator: ",")
    }

    static func checkExpiry(_ expiresOn: LocalDay, today: LocalDay) throws(InventoryError) {
        guard expiresOn >= today else {
            throw InventoryError(
                .invalidInput,
                nl: "einddatum \(expiresOn) ligt in het verleden — geef vandaag (\(today)) of later",
                en: "end date \(expiresOn) is in the past — give today (\(today)) or later"
            )
        }
    }
}
