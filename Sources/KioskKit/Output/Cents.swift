import HubAPI

/// An amount in euro cents as hubd sends it, shown the way the hub's reports show money.
struct Cents {
    var value: Int

    init(_ value: Int) {
        self.value = value
    }

    /// "€ 1,50" in Dutch, "€ 1.50" in English.
    func formatted(_ language: Language) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let euros = magnitude / 100, cents = magnitude % 100
        let separator = language == .nl ? "," : "."
        return "\(sign)€ \(euros)\(separator)" + (cents < 10 ? "0\(cents)" : "\(cents)")
    }
}

extension Service {
    var price: Cents { Cents(priceCents) }
}

extension Payment {
    var amount: Cents { Cents(amountCents) }
}
