import Foundation

extension ServiceCatalog {
    static func validated(_ fields: ServiceFields, defaultMaxPrice: Cents, now: Date) throws -> Service {
        let code = try validCode(fields.code)
        let name = try validName(fields.name)
        let destination = try validDestination(fields.destination, kind: fields.kind)
        let price = try Cents.parse(fields.price)
        let maxPrice = try fields.maxPrice.map(Cents.parse) ?? defaultMaxPrice
        try checkPrice(price, max: maxPrice)
        try checkPayment(fields.payment, price: price)
        return Service(
            id: nil, code: code, kind: fields.kind, name: name, destination: destination,
            priceCents: price.value, maxPriceCents: maxPrice.value, payment: fields.payment,
            position: fields.position ?? 0, active: true, createdAt: now
        )
    }

    static func validCode(_ raw: String) throws(InventoryError) -> String {
        let code = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard (1...20).contains(code.count), allowed else {
            throw InventoryError(
                .invalidInput,
                nl: "code '\(raw)' kan niet — gebruik 1 tot 20 tekens: letters a-z, cijfers en '-', bijvoorbeeld markt-do",
                en: "code '\(raw)' is not allowed — use 1 to 20 characters: letters a-z, digits and '-', e.g. markt-do"
            )
        }
        return code
    }

    static func validName(_ raw: String) throws(InventoryError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...40).contains(name.count) else {
            throw InventoryError(
                .invalidInput,
                nl: "naam moet 1 tot 40 tekens zijn (nu \(name.count)) — kies een korte naam die de bewoner op de kiosk leest",
                en: "name must be 1 to 40 characters (now \(name.count)) — choose a short name the resident reads on the kiosk"
            )
        }
        return name
    }

    static func validDestination(_ raw: String?, kind: ServiceKind) throws(InventoryError) -> String? {
        guard let destination = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !destination.isEmpty else { return nil }
        guard kind == .ride else {
            throw InventoryError(
                .invalidInput,
                nl: "alleen een rit heeft een bestemming — laat --destination weg voor een \(kind.label.nl)",
                en: "only a ride has a destination — leave out --destination for a \(kind.label.en)"
            )
        }
        guard destination.count <= 60 else {
            throw InventoryError(
                .invalidInput,
                nl: "bestemming is te lang (\(destination.count) tekens) — houd het bij 60 tekens",
                en: "destination is too long (\(destination.count) characters) — keep it to 60 characters"
            )
        }
        return destination
    }

    /// Suggests the price divided by 100 only when that reads like cents typed as euros
    /// (a whole number of euros whose hundredth fits under the maximum).
    static func checkPrice(_ price: Cents, max: Cents) throws(InventoryError) {
        guard price > max else { return }
        let guess = Cents(price.value / 100)
        let plausible = price.value % 100 == 0 && guess > .zero && guess <= max
        let nlGuess = plausible ? " — bedoelde u \(guess.formatted(.nl))? Is het echt zo duur, geef dan --max-price op" : " — geef een lagere prijs, of geef --max-price op als het echt zo duur is"
        let enGuess = plausible ? " — did you mean \(guess.formatted(.en))? If it really costs that much, pass --max-price" : " — give a lower price, or pass --max-price if it really costs that much"
        throw InventoryError(
            .invalidInput,
            nl: "\(price.formatted(.nl)) is meer dan het maximum van \(max.formatted(.nl)) voor deze dienst" + nlGuess,
            en: "\(price.formatted(.en)) is more than the maximum of \(max.formatted(.en)) for this service" + enGuess
        )
    }

    static func checkPayment(_ payment: PaymentMethod, price: Cents) throws(InventoryError) {
        if payment == .free && price != .zero {
            throw InventoryError(
                .invalidInput,
                nl: "een gratis dienst kost € 0,00, niet \(price.formatted(.nl)) — geef prijs 0, of kies pin, invoice of credit",
                en: "a free service costs € 0.00, not \(price.formatted(.en)) — give price 0, or choose pin, invoice or credit"
            )
        }
        if payment == .pin && price == .zero {
            throw InventoryError(
                .invalidInput,
                nl: "€ 0,00 kan niet gepind worden — kies betaling free voor een gratis dienst, of geef een prijs",
                en: "€ 0.00 cannot be charged by PIN — choose payment free for a service without charge, or give a price"
            )
        }
    }
}
