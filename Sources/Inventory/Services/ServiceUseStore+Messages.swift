import Foundation
import GRDB

/// Refusals shown to the resident at the kiosk: they speak to "u" and name only the resident's
/// own service and times, never anyone else's.
extension ServiceUseStore {
    static func inactive(_ service: Service) -> InventoryError {
        InventoryError(
            .refused,
            nl: "\(service.name) is op dit moment niet beschikbaar — kies iets anders of vraag de conciërge",
            en: "\(service.name) is not available at the moment — choose something else or ask the concierge"
        )
    }

    func alreadyCheckedIn(_ open: ServiceUse, now: Date, _ db: Database) throws -> InventoryError {
        let name = try Service.fetchOne(db, key: open.serviceId)?.name ?? "een rit"
        let since = calendar.day(of: open.startedAt) == calendar.day(of: now)
            ? calendar.clockTime(open.startedAt) : calendar.dayAndTime(open.startedAt)
        return InventoryError(
            .conflict,
            nl: "u bent al ingecheckt voor \(name) sinds \(since) — tik opnieuw na de rit om uit te checken",
            en: "you are already checked in for \(name) since \(since) — tap again after the ride to check out"
        )
    }

    static let alreadyCheckedInSomewhere = InventoryError(
        .conflict,
        nl: "u bent al ingecheckt voor een rit — tik opnieuw na de rit om uit te checken",
        en: "you are already checked in for a ride — tap again after the ride to check out"
    )

    static let notCheckedIn = InventoryError(
        .notFound,
        nl: "u bent niet ingecheckt voor een rit — kies eerst een rit om in te checken",
        en: "you are not checked in for a ride — choose a ride first to check in"
    )

    static func insufficientCredit(balance: Cents, price: Cents) -> InventoryError {
        InventoryError(
            .refused,
            nl: "uw tegoed (\(balance.formatted(.nl))) is te laag voor \(price.formatted(.nl)) — vraag de conciërge om op te waarderen",
            en: "your credit (\(balance.formatted(.en))) is too low for \(price.formatted(.en)) — ask the concierge to top it up"
        )
    }

    static func noUse(_ id: Int64) -> InventoryError {
        InventoryError(
            .notFound,
            nl: "geen registratie \(id) — zie de reviewlijst (`kiosk reviews`)",
            en: "no registration \(id) — see the review queue (`kiosk reviews`)"
        )
    }

    func alreadyReviewed(_ use: ServiceUse) -> InventoryError {
        guard use.reviewState == .resolved else {
            return InventoryError(
                .conflict,
                nl: "registratie \(use.id ?? 0) staat niet in de reviewlijst (niet automatisch gesloten) — er is niets veranderd",
                en: "registration \(use.id ?? 0) is not in the review queue (not auto-closed) — nothing changed"
            )
        }
        let when = use.reviewedAt.map(calendar.dayAndTime) ?? "?"
        let who = use.reviewedBy ?? "?"
        return InventoryError(
            .conflict,
            nl: "rit \(use.id ?? 0) is al bekeken op \(when) door \(who) — er is niets veranderd",
            en: "ride \(use.id ?? 0) was already reviewed at \(when) by \(who) — nothing changed"
        )
    }
}
