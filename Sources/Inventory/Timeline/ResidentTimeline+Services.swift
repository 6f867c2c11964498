import Foundation
import GRDB

extension ResidentTimeline {
    private static let useSelect = """
        SELECT service_use.*, service.name AS timeline_service_name
        FROM service_use JOIN service ON service.id = service_use.service_id
        """

    /// A ride's check-in, a chore or an activity visit, with what it cost and how it is paid.
    func useStartEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let rows = try Row.fetchAll(
            db, sql: Self.useSelect + " WHERE service_use.resident_id = ? ORDER BY service_use.id DESC LIMIT ?",
            arguments: [residentID, limit]
        )
        return try rows.map { row in
            let use = try ServiceUse(row: row)
            let name: String = row["timeline_service_name"] ?? "?"
            let cost = Self.cost(use)
            let text: LocalizedText = switch use.kind {
            case .ride: LocalizedText(nl: "ingecheckt voor \(name) (\(cost.nl))", en: "checked in for \(name) (\(cost.en))")
            case .chore: LocalizedText(nl: "klus: \(name) (\(cost.nl))", en: "chore: \(name) (\(cost.en))")
            case .activity: LocalizedText(nl: "activiteit bezocht: \(name) (\(cost.nl))", en: "visited activity: \(name) (\(cost.en))")
            }
            return TimelineEntry(time: use.startedAt, kind: use.kind.rawValue, text: text)
        }
    }

    /// A ride's check-out; an auto-close says so, because the resident did not tap out.
    func rideEndEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let rows = try Row.fetchAll(
            db, sql: Self.useSelect + """
                 WHERE service_use.resident_id = ? AND service_use.kind = 'ride' AND service_use.ended_at IS NOT NULL
                 ORDER BY service_use.ended_at DESC, service_use.id DESC LIMIT ?
                """,
            arguments: [residentID, limit]
        )
        return try rows.compactMap { row in
            let use = try ServiceUse(row: row)
            guard let endedAt = use.endedAt else { return nil }
            let name: String = row["timeline_service_name"] ?? "?"
            let since = calendar.dayAndTime(use.startedAt)
            let text: LocalizedText = switch use.endReason {
            case .auto:
                LocalizedText(
                    nl: "rit \(name) automatisch gesloten aan het eind van de dag (ingecheckt \(since), niet uitgecheckt)" + Self.reviewSuffix(use).nl,
                    en: "ride \(name) closed automatically at the end of the day (checked in \(since), no check-out)" + Self.reviewSuffix(use).en
                )
            case .staff:
                LocalizedText(nl: "rit \(name) gesloten door medewerker (ingecheckt \(since))", en: "ride \(name) closed by staff (checked in \(since))")
            case .tap, nil:
                LocalizedText(nl: "uitgecheckt van \(name) (ingecheckt \(since))", en: "checked out of \(name) (checked in \(since))")
            }
            return TimelineEntry(time: endedAt, kind: ServiceKind.ride.rawValue, text: text)
        }
    }

    private static func cost(_ use: ServiceUse) -> LocalizedText {
        let amount = Cents(use.priceCents)
        let method: LocalizedText = switch use.payment {
        case .pin: LocalizedText(nl: "pin", en: "PIN")
        case .invoice: LocalizedText(nl: "maandfactuur", en: "monthly invoice")
        case .credit: LocalizedText(nl: "van tegoed", en: "from credit")
        case .free: LocalizedText(nl: "gratis", en: "free")
        }
        let state: LocalizedText = switch use.paymentState {
        case .awaitingPayment: LocalizedText(nl: ", nog te betalen", en: ", awaiting payment")
        case .paid: LocalizedText(nl: ", betaald", en: ", paid")
        default: LocalizedText(nl: "", en: "")
        }
        return LocalizedText(
            nl: "\(amount.formatted(.nl)), \(method.nl)\(state.nl)",
            en: "\(amount.formatted(.en)), \(method.en)\(state.en)"
        )
    }

    private static func reviewSuffix(_ use: ServiceUse) -> LocalizedText {
        switch use.reviewState {
        case .pending: LocalizedText(nl: " — wacht op controle", en: " — awaiting review")
        case .resolved:
            LocalizedText(
                nl: " — gecontroleerd door \(use.reviewedBy ?? "?")" + (use.reviewNote.map { ": \($0)" } ?? ""),
                en: " — reviewed by \(use.reviewedBy ?? "?")" + (use.reviewNote.map { ": \($0)" } ?? "")
            )
        case nil: LocalizedText(nl: "", en: "")
        }
    }
}
