import Foundation
import GRDB

extension ResidentTimeline {
    /// Top-ups and deductions; a deduction names the service it paid for.
    func creditEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT credit_movement.*, service.name AS timeline_service_name
                FROM credit_movement
                LEFT JOIN service_use ON service_use.id = credit_movement.service_use_id
                LEFT JOIN service ON service.id = service_use.service_id
                WHERE credit_movement.resident_id = ?
                ORDER BY credit_movement.at DESC, credit_movement.id DESC LIMIT ?
                """,
            arguments: [residentID, limit]
        )
        return try rows.map { row in
            let movement = try CreditMovement(row: row)
            let service: String? = row["timeline_service_name"]
            let amount = Cents(abs(movement.amountCents))
            let text: LocalizedText
            if movement.amountCents >= 0 {
                let by = movement.by.map { LocalizedText(nl: " door \($0)", en: " by \($0)") } ?? LocalizedText(nl: "", en: "")
                text = LocalizedText(nl: "tegoed opgewaardeerd met \(amount.formatted(.nl))\(by.nl)",
                                     en: "credit topped up with \(amount.formatted(.en))\(by.en)")
            } else {
                let name = service ?? movement.reason
                text = LocalizedText(nl: "\(amount.formatted(.nl)) van tegoed afgeschreven voor \(name)",
                                     en: "\(amount.formatted(.en)) deducted from credit for \(name)")
            }
            return TimelineEntry(time: movement.at, kind: "credit", text: text)
        }
    }

    /// Enrolment and blocking are separate moments, so a blocked pass gives two entries.
    func passEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let passes = try PassRecord.fetchAll(
            db, sql: "SELECT * FROM pass WHERE resident_id = ? ORDER BY enrolled_at DESC, id DESC LIMIT ?",
            arguments: [residentID, limit]
        )
        return passes.flatMap { pass -> [TimelineEntry] in
            let by = pass.enrolledBy.map { LocalizedText(nl: " door \($0)", en: " by \($0)") } ?? LocalizedText(nl: "", en: "")
            var entries = [TimelineEntry(
                time: pass.enrolledAt, kind: "pass",
                text: LocalizedText(nl: "pas \(pass.id) uitgegeven\(by.nl)", en: "pass \(pass.id) enrolled\(by.en)")
            )]
            if let blockedAt = pass.blockedAt {
                let reason = pass.blockReason.map { ": \($0)" } ?? ""
                entries.append(TimelineEntry(
                    time: blockedAt, kind: "pass",
                    text: LocalizedText(nl: "pas \(pass.id) geblokkeerd\(reason)", en: "pass \(pass.id) blocked\(reason)")
                ))
            }
            return entries
        }
    }

    func proxyEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let proxies = try Proxy
            .filter(Column("resident_id") == residentID)
            .order(Column("created_at").desc, Column("id").desc)
            .limit(limit)
            .fetchAll(db)
        return proxies.map { proxy in
            let scopes = proxy.scopeList.map(Self.scopeLabel)
            return TimelineEntry(
                time: proxy.createdAt, kind: "proxy",
                text: LocalizedText(
                    nl: "mantelzorger \(proxy.name) toegevoegd voor \(scopes.map(\.nl).joined(separator: ", ")) tot en met \(proxy.expiresOn)",
                    en: "proxy \(proxy.name) added for \(scopes.map(\.en).joined(separator: ", ")) until \(proxy.expiresOn) inclusive"
                )
            )
        }
    }

    private static func scopeLabel(_ scope: Proxy.Scope) -> LocalizedText {
        switch scope {
        case .parcels: LocalizedText(nl: "pakketten", en: "parcels")
        case .medication: LocalizedText(nl: "medicatie", en: "medication")
        case .aids: LocalizedText(nl: "hulpmiddelen", en: "aids")
        case .rides: LocalizedText(nl: "ritten", en: "rides")
        }
    }

    /// Visits without a delivery, with their reason and minutes.
    func visitEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let visits = try Visit.filter(Column("resident_id") == residentID).order(Column("visited_at").desc, Column("id").desc).limit(limit).fetchAll(db)
        return visits.map { visit in
            let reason = switch visit.reason {
            case .followUp: LocalizedText(nl: "opvolging", en: "follow-up")
            case .chat: LocalizedText(nl: "praatje", en: "chat")
            case .helpRequest: LocalizedText(nl: "hulpvraag", en: "help request")
            }
            return TimelineEntry(time: visit.visitedAt, kind: "visit", text: LocalizedText(
                nl: "bezoek zonder levering (\(reason.nl)), \(visit.minutes) min, door \(visit.recordedBy)",
                en: "visit without a delivery (\(reason.en)), \(visit.minutes) min, by \(visit.recordedBy)"
            ))
        }
    }
}
