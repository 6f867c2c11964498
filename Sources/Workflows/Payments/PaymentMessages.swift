import Inventory

/// The words for a payment's end, on the console and in `kiosk pay`.
enum PaymentMessages {
    static func result(_ payment: Payment) -> LocalizedText {
        let amount = payment.amount
        switch payment.status {
        case .approved:
            return LocalizedText(nl: "Betaald: \(amount.formatted(.nl))", en: "Paid: \(amount.formatted(.en))")
        case .declined:
            return LocalizedText(nl: "Niet betaald — de betaling is geweigerd", en: "Not paid — the payment was declined")
        case .aborted:
            return LocalizedText(nl: "Niet betaald — de betaling is afgebroken", en: "Not paid — the payment was stopped")
        case .unknown:
            return LocalizedText(nl: "De betaling wordt nagekeken — er wordt niets dubbel betaald", en: "The payment is being checked — nothing is charged twice")
        case .pending, .sent:
            return LocalizedText(nl: "Bezig met betalen", en: "Payment in progress")
        }
    }
}
