import Foundation
import Inventory

/// The resident's screens, one question each, in words an 85-year-old reads at a glance.
struct ResidentScreens: Sendable {
    let rules: KioskRules
    let calendar: HubCalendar

    /// Messages and results stay up briefly; questions wait the configured idle time.
    var shortTimeout: Int { min(8, rules.idleSeconds) }

    func idle() -> ConsoleScreen {
        ConsoleScreen(
            session: nil, kind: .idle,
            headline: LocalizedText(nl: "Houd uw pas voor de lezer", en: "Hold your pass to the reader"),
            lines: [LocalizedText(nl: "Voor een rit, een klus of een activiteit", en: "For a ride, a chore or an activity")],
            timeoutSeconds: rules.idleSeconds
        )
    }

    func choice(session: String, visit: ResidentVisit, order: [String]) -> ConsoleScreen {
        let hour = calendar.hour(of: calendar.now())
        let salutation = GreetingName.salutation(hour: hour)
        let name = GreetingName.of(visit.resident.name)
        var options: [ConsoleOption] = order.compactMap { key in visit.options[key].map { option(key, $0) } }
        options.append(ConsoleOption(key: "0", label: LocalizedText(nl: "Stoppen", en: "Stop")))
        return ConsoleScreen(
            session: session, kind: .choice,
            headline: LocalizedText(nl: "\(salutation.nl) \(name)", en: "\(salutation.en) \(name)"),
            lines: [LocalizedText(nl: "Wat wilt u doen? Kies een nummer.", en: "What would you like to do? Choose a number.")],
            options: options, timeoutSeconds: rules.idleSeconds
        )
    }

    private func option(_ key: String, _ option: ResidentVisit.Option) -> ConsoleOption {
        switch option {
        case .checkOut(let ride):
            ConsoleOption(key: key, label: LocalizedText(
                nl: "Terug van: \(ride.serviceName) — uitchecken", en: "Back from: \(ride.serviceName) — check out"
            ))
        case .service(let service):
            ConsoleOption(key: key, label: LocalizedText(nl: service.name, en: service.name), detail: Self.price(service))
        }
    }

    static func price(_ service: Service) -> LocalizedText {
        service.payment == .free || service.priceCents == 0
            ? LocalizedText(nl: "gratis", en: "free") : service.price.text
    }

    func confirm(session: String, service: Service, credit: Cents?) -> ConsoleScreen {
        var lines = [LocalizedText(nl: service.name, en: service.name), paymentLine(service)]
        if let credit, service.payment == .credit {
            let after = credit - service.price
            lines.append(LocalizedText(nl: "Uw tegoed daarna: \(after.formatted(.nl))", en: "Your credit afterwards: \(after.formatted(.en))"))
        }
        lines.append(LocalizedText(nl: "Klopt dit?", en: "Is this right?"))
        return ConsoleScreen(
            session: session, kind: .confirm, headline: Self.price(service), lines: lines,
            options: [
                ConsoleOption(key: "1", label: LocalizedText(nl: "Ja, klopt", en: "Yes, that's right")),
                ConsoleOption(key: "0", label: LocalizedText(nl: "Nee, stoppen", en: "No, stop")),
            ],
            timeoutSeconds: rules.idleSeconds
        )
    }

    private func paymentLine(_ service: Service) -> LocalizedText {
        let amount = service.price
        switch service.payment {
        case .pin: return LocalizedText(nl: "U betaalt \(amount.formatted(.nl)) met uw bankpas", en: "You pay \(amount.formatted(.en)) by bank card")
        case .invoice: return LocalizedText(nl: "\(amount.formatted(.nl)) komt op uw maandfactuur", en: "\(amount.formatted(.en)) goes on your monthly invoice")
        case .credit: return LocalizedText(nl: "\(amount.formatted(.nl)) gaat van uw tegoed af", en: "\(amount.formatted(.en)) comes off your credit")
        case .free: return LocalizedText(nl: "Dit is gratis", en: "This is free")
        }
    }
}
