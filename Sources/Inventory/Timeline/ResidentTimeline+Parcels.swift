import Foundation
import GRDB

extension ResidentTimeline {
    func parcelEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let parcels = try Parcel
            .filter(Column("resident_id") == residentID)
            .order(Column("id").desc)
            .limit(limit)
            .fetchAll(db)
        return parcels.map { parcel in
            let extra = Self.parcelNotes(parcel)
            return TimelineEntry(
                time: parcel.receivedAt, kind: "parcel",
                text: LocalizedText(
                    nl: "pakket \(parcel.barcode) van \(parcel.supplierId) ontvangen op de hub\(extra.nl)",
                    en: "parcel \(parcel.barcode) from \(parcel.supplierId) received at the hub\(extra.en)"
                )
            )
        }
    }

    /// Every recorded outcome, not only the last, because each attempt was a visit to the door.
    func attemptEntries(_ residentID: Int64, limit: Int, _ db: Database) throws -> [TimelineEntry] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT delivery_attempt.*, parcel.barcode AS timeline_barcode, parcel.received_at AS timeline_received_at
                FROM delivery_attempt JOIN parcel ON parcel.id = delivery_attempt.parcel_id
                WHERE parcel.resident_id = ?
                ORDER BY delivery_attempt.recorded_at DESC, delivery_attempt.id DESC LIMIT ?
                """,
            arguments: [residentID, limit]
        )
        return try rows.map { row in
            let attempt = try DeliveryAttempt(row: row)
            let barcode: String = row["timeline_barcode"] ?? "?"
            let received: Date? = row["timeline_received_at"]
            let when = received.map(calendar.dayAndTime) ?? "?"
            let who = attempt.recordedBy.map { LocalizedText(nl: " door \($0)", en: " by \($0)") } ?? LocalizedText(nl: "", en: "")
            return TimelineEntry(
                time: attempt.recordedAt, kind: "parcel",
                text: LocalizedText(
                    nl: "pakket \(barcode) (ontvangen \(when)): \(attempt.outcome.label.nl)\(who.nl)",
                    en: "parcel \(barcode) (received \(when)): \(attempt.outcome.label.en)\(who.en)"
                )
            )
        }
    }

    private static func parcelNotes(_ parcel: Parcel) -> LocalizedText {
        var nl: [String] = [], en: [String] = []
        if parcel.medication { nl.append("medicatie"); en.append("medication") }
        if parcel.coldChain { nl.append("koelketen"); en.append("cold chain") }
        guard !nl.isEmpty else { return LocalizedText(nl: "", en: "") }
        return LocalizedText(nl: " (\(nl.joined(separator: ", ")))", en: " (\(en.joined(separator: ", ")))")
    }
}
