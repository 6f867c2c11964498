import Inventory

extension HubEvent {
    /// The event as a monitor may see it: what happened at which device, never for whom. The
    /// parcel (name, address, medication flag) and the stock desk's details are left out, and a
    /// received parcel's message names only its barcode and supplier.
    public func withoutPersonalData() -> HubEvent {
        var redacted = self
        redacted.screen = nil
        redacted.stock = nil
        if let parcel {
            redacted.message = IntakeMessages.receivedAnonymously(parcel)
        }
        redacted.parcel = nil
        if kind == .stock {
            redacted.message = LocalizedText(nl: "stap aan de voorraadbalie", en: "a step at the stock desk")
        }
        return redacted
    }
}
