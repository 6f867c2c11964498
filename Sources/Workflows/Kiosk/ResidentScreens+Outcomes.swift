import Inventory

extension ResidentScreens {
    func done(_ use: ServiceUse, service: Service) -> ConsoleScreen {
        var lines: [LocalizedText]
        let headline: LocalizedText
        switch use.kind {
        case .ride:
            headline = LocalizedText(nl: "Goede reis!", en: "Have a good trip!")
            lines = [
                LocalizedText(nl: "U bent ingecheckt: \(service.name)", en: "You are checked in: \(service.name)"),
                LocalizedText(nl: "Tik bij terugkomst weer uw pas om uit te checken.", en: "Tap your pass again when you are back to check out."),
            ]
        case .chore, .activity:
            headline = LocalizedText(nl: "Geregeld!", en: "All set!")
            lines = [LocalizedText(nl: "Genoteerd: \(service.name)", en: "Registered: \(service.name)")]
        }
        if use.paymentState == .awaitingPayment {
            lines.append(LocalizedText(
                nl: "Betalen: \(service.price.formatted(.nl)) met de pinautomaat bij de conciërge",
                en: "Payment: \(service.price.formatted(.en)) on the card terminal at the concierge"
            ))
        }
        return notice(headline, lines, tone: .success, kind: .done)
    }

    func checkedOut(_ ride: ServiceUseView) -> ConsoleScreen {
        notice(
            LocalizedText(nl: "Welkom terug!", en: "Welcome back!"),
            [LocalizedText(nl: "U bent uitgecheckt: \(ride.serviceName)", en: "You are checked out: \(ride.serviceName)")],
            tone: .success, kind: .done
        )
    }

    func unknownPass() -> ConsoleScreen {
        notice(
            LocalizedText(nl: "Deze pas kennen we niet", en: "We do not know this pass"),
            [LocalizedText(nl: "Deze pas kennen we niet — vraag het de conciërge", en: "We do not know this pass — please ask the concierge")],
            tone: .attention
        )
    }

    func blockedPass() -> ConsoleScreen {
        notice(
            LocalizedText(nl: "Deze pas is geblokkeerd", en: "This pass is blocked"),
            [LocalizedText(
                nl: "Deze pas werkt niet meer, bijvoorbeeld omdat hij kwijt was — vraag de conciërge om een nieuwe pas",
                en: "This pass no longer works, for example because it was reported lost — ask the concierge for a new pass"
            )],
            tone: .attention
        )
    }

    func alreadyRegistered(checkedIn: Bool) -> ConsoleScreen {
        checkedIn
            ? notice(
                LocalizedText(nl: "U bent al ingecheckt", en: "You are already checked in"),
                [LocalizedText(nl: "Er is niets veranderd. Goede reis!", en: "Nothing has changed. Have a good trip!")], tone: .calm
            )
            : notice(
                LocalizedText(nl: "Dat is al geregeld", en: "That is already done"),
                [LocalizedText(nl: "Uw pas is net al gebruikt. Er is niets veranderd.", en: "Your pass was just used. Nothing has changed.")], tone: .calm
            )
    }

    func refused(_ text: LocalizedText) -> ConsoleScreen {
        notice(LocalizedText(nl: "Dat lukt nu niet", en: "That did not work"), [text], tone: .attention)
    }

    func notice(_ headline: LocalizedText, _ lines: [LocalizedText], tone: ConsoleScreen.Tone, kind: ConsoleScreen.Kind = .notice) -> ConsoleScreen {
        ConsoleScreen(session: nil, kind: kind, headline: headline, lines: lines, tone: tone, timeoutSeconds: shortTimeout)
    }

    /// Said before the confirm screen, so nobody confirms an amount they cannot pay.
    static func creditTooLow(_ credit: Cents, _ price: Cents) -> LocalizedText {
        LocalizedText(
            nl: "Uw tegoed (\(credit.formatted(.nl))) is te laag voor \(price.formatted(.nl)) — vraag de conciërge om op te waarderen",
            en: "Your credit (\(credit.formatted(.en))) is too low for \(price.formatted(.en)) — ask the concierge to top it up"
        )
    }

    static let busyLine = LocalizedText(
        nl: "Een moment — er is nog iemand bezig bij de kiosk. Tik zo dadelijk opnieuw.",
        en: "One moment — someone else is using the kiosk. Tap again shortly."
    )
}
