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

    /// What an entry sent before got then.
    static func earlier(_ seq: Int64, from browser: Int64, _ db: Database) throws -> RoundReceipt {
        let row = try Row.fetchOne(
            db, sql: "SELECT state, message_nl, message_en FROM round_entry WHERE browser_id = ? AND seq = ?", arguments: [browser, seq]
        )
        let state = (row?["state"] as String?).flatMap(RoundReceipt.State.init) ?? .applied
        let message = (row?["message_nl"] as String?).map { LocalizedText(nl: $0, en: row?["message_en"] ?? $0) }
        return RoundReceipt(seq: seq, state: state, replayed: true, message: message)
    }

    static func holds(_ browser: Int64, parcel: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM round_parcel WHERE browser_id = ? AND parcel_id = ?)", arguments: [browser, parcel]) ?? false
    }

    /// A visit or signal from the tablet is for someone at one of its stops.
    static func requireOnRound(_ resident: Int64, _ browser: Int64, _ db: Database) throws {
        _ = try ResidentStore.require(id: resident, db)
        let held = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM round_parcel JOIN parcel ON parcel.id = round_parcel.parcel_id
                           WHERE round_parcel.browser_id = ? AND parcel.resident_id = ?)
            """, arguments: [browser, resident]) ?? false
        guard held else {
            throw InventoryError(
                .refused, nl: "bewoner \(resident) staat niet op de ronde van dit apparaat — registreer dit bij de hub",
                en: "resident \(resident) is not on this device's round — record this at the hub"
            )
        }
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
