import Devices
import Inventory

/// What the concierge reads at the intake screen, in both languages.
enum IntakeMessages {
    static func received(_ view: ParcelView) -> LocalizedText {
        guard let resident = view.resident else {
            return LocalizedText(
                nl: "ontvangen: \(view.barcode) (\(view.supplierName)) — nog niet toegewezen, wijs toe met `kiosk parcel assign`",
                en: "received: \(view.barcode) (\(view.supplierName)) — not assigned yet, assign with `kiosk parcel assign`"
            )
        }
        return LocalizedText(
            nl: "ontvangen: \(view.barcode) (\(view.supplierName)) voor \(resident.name), \(resident.address.street) \(resident.address.houseNumber)",
            en: "received: \(view.barcode) (\(view.supplierName)) for \(resident.name), \(resident.address.street) \(resident.address.houseNumber)"
        )
    }

    /// For callers who may not see who a parcel is for.
    static func receivedAnonymously(_ view: ParcelView) -> LocalizedText {
        LocalizedText(nl: "ontvangen: \(view.barcode) (\(view.supplierName))", en: "received: \(view.barcode) (\(view.supplierName))")
    }

    static func alreadyReceived(_ barcode: String, _ when: String) -> LocalizedText {
        LocalizedText(
            nl: "\(barcode) al ontvangen \(when) — niets nieuws opgeslagen",
            en: "\(barcode) already received \(when) — nothing new stored"
        )
    }

    static let notStored = LocalizedText(
        nl: "NIET opgeslagen — scan opnieuw; blijft het misgaan, bel de beheerder",
        en: "NOT stored — scan again; if it keeps failing, call the maintainer"
    )

    static let passAtIntake = LocalizedText(
        nl: "pas getikt op een lezer voor pakketten — niets geregistreerd; passen werken op de paslezer van de kiosk (role = \"pass\")",
        en: "pass tapped on a parcel reader — nothing registered; passes work on the kiosk's pass reader (role = \"pass\")"
    )

    static func rejected(_ rejection: InputRejection) -> LocalizedText {
        switch rejection.code {
        case .empty:
            LocalizedText(nl: "lege scan — scan het label opnieuw", en: "empty scan — scan the label again")
        case .tooLong:
            LocalizedText(nl: "scan te lang, genegeerd — scan één label tegelijk", en: "scan too long, ignored — scan one label at a time")
        case .controlCharacters, .binary:
            LocalizedText(nl: "onleesbare scan — scan opnieuw of typ de code over", en: "unreadable scan — scan again or type the code")
        case .rateLimited:
            LocalizedText(nl: "scanner stuurt te snel, scans genegeerd — controleer de scanner", en: "scanner sends too fast, scans ignored — check the scanner")
        default:
            LocalizedText(nl: "scan niet gebruikt — scan opnieuw", en: "scan not used — scan again")
        }
    }
}
