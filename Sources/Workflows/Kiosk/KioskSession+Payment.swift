import Foundation
import Inventory

extension KioskSession {
    /// The registration is booked; now the own contribution is charged on the terminal. The
    /// payment runs to its outcome in its own task, so the key press that confirmed it returns
    /// at once and the screen follows the terminal's steps.
    func startPayment(for use: ServiceUse, service: Service) async {
        guard let payments, let useID = use.id else { return }
        let payment = KioskPayment(use: use, service: service, step: .connecting)
        await show(screens.paying(payment, session: newSession()), stage: .paying(payment))
        let intent = PaymentIntent(
            reference: "service-use:\(useID)", amount: service.price, serviceUseID: useID, terminal: payments.terminalName
        )
        paymentTask = Task { await self.runPayment(intent, payments: payments) }
    }

    /// Waits for the kiosk's running payment, if any: for tests and an orderly shutdown.
    public func waitForPayment() async {
        await paymentTask?.value
    }

    private func runPayment(_ intent: PaymentIntent, payments: PaymentDesk) async {
        defer { paymentTask = nil }
        do {
            let settlement = try await payments.pay(intent) { step in await self.paymentStep(step) }
            await showPaymentResult(settlement)
        } catch {
            logger.warning("kiosk payment not started", metadata: ["reference": "\(intent.reference)", "reason": "\(error)"])
            await show(screens.paymentNotStarted(Self.failureText(error)), stage: .notice)
        }
    }

    private func paymentStep(_ step: PaymentStep) async {
        guard case .paying(var payment) = stage else { return }
        payment.step = step
        await show(screens.paying(payment, session: session ?? newSession()), stage: .paying(payment))
    }

    private func showPaymentResult(_ settlement: PaymentSettlement) async {
        guard case .paying(let payment) = stage else { return }
        logger.notice("kiosk payment ended", metadata: [
            "use": "\(payment.use.id ?? 0)", "payment": "\(settlement.payment.id ?? 0)", "status": "\(settlement.payment.status.rawValue)",
        ])
        await show(screens.paymentResult(settlement, payment: payment), stage: .notice)
    }

    /// "0" asks the terminal to stop; once the bank is contacted the terminal refuses, and
    /// the resident is told so instead of being left wondering.
    func payingKey(_ key: String, _ payment: KioskPayment) async {
        guard key == "0", let payments else { return }
        let accepted = await payments.abort()
        guard case .paying(var current) = stage else { return }
        current.abortRefused = !accepted
        await show(screens.paying(current, session: newSession()), stage: .paying(current))
    }
}
