import Inventory

extension ResidentScreens {
    /// No timeout: the screen stays until the terminal has answered, however long that takes.
    func paying(_ payment: KioskPayment, session: String) -> ConsoleScreen {
        let amount = payment.service.price
        var lines = [payment.step.text, LocalizedText(nl: "Bedrag: \(amount.formatted(.nl))", en: "Amount: \(amount.formatted(.en))")]
        if payment.abortRefused {
            lines.append(LocalizedText(
                nl: "Stoppen kan nu niet meer — de bank is al gebeld. Even geduld.",
                en: "It can no longer be stopped — the bank has been contacted. One moment."
            ))
        }
        return ConsoleScreen(
            session: session, kind: .paying, headline: LocalizedText(nl: "Betalen", en: "Paying"), lines: lines,
            options: [ConsoleOption(key: "0", label: LocalizedText(nl: "Stoppen", en: "Stop"))],
            timeoutSeconds: 0
        )
    }

    func paymentResult(_ settlement: PaymentSettlement, payment: KioskPayment) -> ConsoleScreen {
        let amount = settlement.payment.amount
        switch settlement.payment.status {
        case .approved:
            var paid = done(payment.use, service: payment.service)
            paid.lines.removeAll { $0.nl.hasPrefix("Betalen:") }
            paid.lines.append(LocalizedText(nl: "Betaald: \(amount.formatted(.nl)). Dank u wel!", en: "Paid: \(amount.formatted(.en)). Thank you!"))
            return paid
        case .declined, .aborted:
            return notice(
                LocalizedText(nl: "Niet betaald", en: "Not paid"),
                [
                    LocalizedText(nl: "Er is niets afgeschreven.", en: "Nothing was charged."),
                    Self.registeredLine(payment),
                    LocalizedText(nl: "U kunt later bij de conciërge betalen.", en: "You can pay the concierge later."),
                ],
                tone: .attention
            )
        case .unknown, .pending, .sent:
            return notice(
                LocalizedText(nl: "Even nakijken", en: "Being checked"),
                [
                    Self.registeredLine(payment),
                    LocalizedText(
                        nl: "De betaalautomaat gaf geen antwoord. De conciërge kijkt het na — er wordt niets dubbel afgeschreven.",
                        en: "The card terminal did not answer. The concierge will check — nothing is charged twice."
                    ),
                ],
                tone: .attention
            )
        }
    }

    func paymentNotStarted(_ reason: LocalizedText) -> ConsoleScreen {
        notice(
            LocalizedText(nl: "Betalen lukt nu niet", en: "Paying is not possible now"),
            [reason, LocalizedText(nl: "Uw registratie staat genoteerd; betaal later bij de conciërge.", en: "Your registration is noted; pay the concierge later.")],
            tone: .attention
        )
    }

    private static func registeredLine(_ payment: KioskPayment) -> LocalizedText {
        LocalizedText(
            nl: "Uw registratie staat genoteerd: \(payment.service.name)",
            en: "Your registration is noted: \(payment.service.name)"
        )
    }
}
