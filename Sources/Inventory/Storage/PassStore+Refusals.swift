import Foundation
import GRDB

extension PassStore {
    /// A card belongs to one person for good: a tap matching any pass, by the same rule a tap at
    /// the kiosk is matched, is refused, so even a blocked pass's card cannot be handed to
    /// someone else, whichever reader it is read on. The refusal names the holder because only
    /// staff enrol; a Wiegand tap that several passes share names the oldest.
    static func checkUnused(_ digest: PassDigest, _ db: Database) throws {
        let existing: PassRecord
        switch try match(digest, db) {
        case .none: return
        case .one(let pass): existing = pass
        case .ambiguous(let first, _): existing = first
        }
        let holder = try holderLabel(existing, db)
        if existing.isBlocked {
            throw InventoryError(
                .conflict,
                nl: "deze pas is al pas \(existing.id) van \(holder.nl) en is geblokkeerd — een geblokkeerde pas wordt niet opnieuw gekoppeld; gebruik een andere pas",
                en: "this pass is already pass \(existing.id) of \(holder.en) and is blocked — a blocked pass is never enrolled again; use another pass"
            )
        }
        throw InventoryError(
            .conflict,
            nl: "deze pas is al pas \(existing.id) van \(holder.nl) — gebruik een andere pas, of blokkeer die eerst met `kiosk passes block \(existing.id)` als hij niet meer van hen is",
            en: "this pass is already pass \(existing.id) of \(holder.en) — use another pass, or first block it with `kiosk passes block \(existing.id)` if it is no longer theirs"
        )
    }

    static func alreadyBlocked(_ pass: PassRecord, _ calendar: HubCalendar, _ db: Database) throws -> InventoryError {
        let when = pass.blockedAt.map(calendar.dayAndTime) ?? "?"
        guard let residentID = pass.residentId, let resident = try Resident.fetchOne(db, key: residentID) else {
            return InventoryError(
                .conflict,
                nl: "pas \(pass.id) is al geblokkeerd op \(when) — er is niets veranderd",
                en: "pass \(pass.id) was already blocked at \(when) — nothing changed"
            )
        }
        let key = resident.reference ?? "\(residentID)"
        return InventoryError(
            .conflict,
            nl: "pas \(pass.id) is al geblokkeerd op \(when) — koppel een nieuwe pas met `kiosk passes enroll \(key)`",
            en: "pass \(pass.id) was already blocked at \(when) — enrol a new pass with `kiosk passes enroll \(key)`"
        )
    }

    /// "bewoner BZ-001 (M. Jansen)" or "medewerker Anna".
    static func holderLabel(_ pass: PassRecord, _ db: Database) throws -> LocalizedText {
        if let residentID = pass.residentId {
            let resident = try Resident.fetchOne(db, key: residentID)
            let key = resident?.reference ?? "\(residentID)"
            let name = resident.map { " (\($0.name))" } ?? ""
            return LocalizedText(nl: "bewoner \(key)\(name)", en: "resident \(key)\(name)")
        }
        let staffID = pass.staffId ?? 0
        let name = try StaffStore.member(id: staffID, db)?.name ?? "\(staffID)"
        return LocalizedText(nl: "medewerker \(name)", en: "staff member \(name)")
    }

    /// The reason is kept for whoever reads the pass history later; blank means none.
    static func cleanReason(_ reason: String?) throws(InventoryError) -> String? {
        guard let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= 200 else {
            throw InventoryError(
                .invalidInput,
                nl: "reden is \(trimmed.count) tekens lang — houd het bij 200, bijvoorbeeld \"verloren\"",
                en: "reason is \(trimmed.count) characters long — keep it to 200, e.g. \"lost\""
            )
        }
        return trimmed
    }
}
