extension ParcelStore {
    static func checkDeliverable(_ parcel: Parcel, _ outcome: DeliveryOutcome, _ calendar: HubCalendar) throws(InventoryError) {
        guard parcel.isOpen else { throw alreadyClosed(parcel, calendar) }
        if parcel.residentId == nil && outcome != .returned {
            throw InventoryError(
                .refused,
                nl: "pakket \(parcel.barcode) is nog aan niemand toegewezen — eerst `kiosk parcel assign \(parcel.barcode) BEWONER`",
                en: "parcel \(parcel.barcode) is not assigned to anyone yet — first `kiosk parcel assign \(parcel.barcode) RESIDENT`"
            )
        }
        if parcel.medication && outcome == .letterbox {
            throw InventoryError(
                .refused,
                nl: "medicatie gaat nooit in de brievenbus — geef het persoonlijk af (contact), bij de buren, of registreer 'niet thuis'",
                en: "medication is never left in a letterbox — hand it over in person (contact), leave it with a neighbour, or record not-home"
            )
        }
    }

    static func alreadyClosed(_ parcel: Parcel, _ calendar: HubCalendar) -> InventoryError {
        let when = parcel.outcomeAt.map(calendar.dayAndTime) ?? "?"
        let outcome = parcel.outcome ?? .contact
        return InventoryError(
            .conflict,
            nl: "pakket \(parcel.barcode) is al afgehandeld op \(when) (\(outcome.label.nl)) — er is niets veranderd",
            en: "parcel \(parcel.barcode) was already settled at \(when) (\(outcome.label.en)) — nothing changed"
        )
    }
}
