import Foundation
import GRDB

extension RoundStore {
    /// At most `maxEntries`, numbered from 1 and rising: a device numbers its queue in the order
    /// things happened, and the hub takes them in that order.
    static func checkShape(_ entries: [RoundEntry]) throws(InventoryError) {
        guard entries.count <= maxEntries else {
            throw InventoryError(
                .invalidInput, nl: "\(entries.count) regels in één keer is te veel — stuur er hoogstens \(maxEntries) per keer",
                en: "\(entries.count) entries at once is too many — send at most \(maxEntries) at a time"
            )
        }
        var previous: Int64 = 0
        for entry in entries {
            guard entry.seq > previous else {
                throw InventoryError(
                    .invalidInput, nl: "regel \(entry.seq) staat niet op volgorde — stuur de wachtrij oplopend genummerd",
                    en: "entry \(entry.seq) is out of order — send the queue numbered upwards"
                )
            }
            previous = entry.seq
        }
    }

    /// The new entries must start at the number the hub expects and follow on without a hole.
    static func checkNoGap(_ entries: [RoundEntry], next: Int64) throws(InventoryError) {
        var expected = next
        for entry in entries where entry.seq >= next {
            guard entry.seq == expected else {
                throw InventoryError(
                    .conflict,
                    nl: "regel \(entry.seq) komt voor regel \(expected) — de hub wacht op \(expected); stuur de wachtrij vanaf daar opnieuw",
                    en: "entry \(entry.seq) arrives before entry \(expected) — the hub waits for \(expected); send the queue again from there"
                )
            }
            expected += 1
        }
    }

    /// What an entry sent before got then. The same number with other content is not a replay:
    /// two windows on one device numbered alike, and the later one is told so.
    static func earlier(_ entry: RoundEntry, from browser: Int64, _ db: Database) throws -> RoundReceipt {
        let row = try Row.fetchOne(
            db, sql: "SELECT state, digest, message_nl, message_en FROM round_entry WHERE browser_id = ? AND seq = ?", arguments: [browser, entry.seq]
        )
        guard let row else {
            let forgotten = LocalizedText(nl: "al lang geleden verwerkt", en: "taken long ago")
            return RoundReceipt(seq: entry.seq, state: .applied, replayed: true, message: forgotten)
        }
        guard row["digest"] == entry.digest else {
            return RoundReceipt(seq: entry.seq, state: .refused, replayed: false, message: LocalizedText(
                nl: "nummer \(entry.seq) is al gebruikt voor iets anders (een tweede venster?) — dit is niet verwerkt; leg het vast bij de hub",
                en: "number \(entry.seq) was already used for something else (a second window?) — this was not taken; record it at the hub"
            ))
        }
        let state = (row["state"] as String?).flatMap(RoundReceipt.State.init) ?? .applied
        let message = (row["message_nl"] as String?).map { LocalizedText(nl: $0, en: row["message_en"] ?? $0) }
        return RoundReceipt(seq: entry.seq, state: state, replayed: true, message: message)
    }

    static func holds(_ browser: Int64, parcel: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM round_parcel WHERE browser_id = ? AND parcel_id = ?)", arguments: [browser, parcel]) ?? false
    }

    /// A visit or signal from the tablet is for someone at one of its stops, named by the number
    /// the round gave them; an erased resident is no longer there.
    static func resident(_ ref: Int64, on browser: Int64, _ db: Database) throws -> Int64 {
        let id = try Int64.fetchOne(db, sql: "SELECT resident_id FROM round_resident WHERE browser_id = ? AND ref = ?", arguments: [browser, ref])
        guard let id, let resident = try Resident.fetchOne(db, key: id), resident.erasedAt == nil else {
            throw InventoryError(
                .refused, nl: "deze bewoner staat niet (meer) op de ronde van dit apparaat — leg het vast bij de hub",
                en: "this resident is not (or no longer) on this device's round — record it at the hub"
            )
        }
        return id
    }

    /// Not-home twice for one parcel on one day is a double tap, not a second try: it would
    /// count two attempts.
    static func checkNotHomeOnce(_ parcel: Parcel, _ outcome: DeliveryOutcome, on day: LocalDay, calendar: HubCalendar) throws(InventoryError) {
        guard outcome == .notHome, parcel.outcome == .notHome, let last = parcel.outcomeAt, calendar.day(of: last) == day else { return }
        throw InventoryError(
            .conflict, nl: "pakket \(parcel.barcode) is vandaag al als niet thuis gemeld — er is niets veranderd",
            en: "parcel \(parcel.barcode) was already recorded as not home today — nothing changed"
        )
    }

    /// The outcomes a concierge records at the door; a return to the supplier is the hub's.
    static func tabletOutcome(_ raw: String) throws(InventoryError) -> DeliveryOutcome {
        let outcome = try InventoryError.choice(raw, as: DeliveryOutcome.self, nl: "uitkomst", en: "outcome")
        guard outcome != .returned else {
            throw InventoryError(
                .refused, nl: "retour naar de leverancier meldt u bij de hub, niet op de ronde",
                en: "a return to the supplier is recorded at the hub, not on the round"
            )
        }
        return outcome
    }

    static func notOnRound(_ barcode: String) -> InventoryError {
        InventoryError(
            .refused, nl: "pakket \(barcode) staat niet op de ronde van dit apparaat — haal de ronde opnieuw op of meld het bij de hub",
            en: "parcel \(barcode) is not on this device's round — fetch the round again or record it at the hub"
        )
    }

    static func noRound() -> InventoryError {
        InventoryError(
            .conflict, nl: "dit apparaat heeft vandaag geen ronde opgehaald — haal eerst de ronde op",
            en: "this device has not fetched a round — fetch the round first"
        )
    }
}
