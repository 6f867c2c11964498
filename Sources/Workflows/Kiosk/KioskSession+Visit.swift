import Foundation
import Inventory

extension KioskSession {
    /// A key on a resident's screen: a choice, then a confirmation before anything is booked.
    func choose(_ key: String, in visit: ResidentVisit) async {
        if key == "0" {
            await goIdle()
            return
        }
        if let chosen = visit.chosen {
            guard key == "1" else { return }
            await book(chosen, for: visit)
            return
        }
        guard let option = visit.options[key] else { return }
        switch option {
        case .checkOut:
            await book(option, for: visit)
        case .service(let service):
            var next = visit
            next.chosen = option
            let credit = service.payment == .credit ? try? await stores.credit.balance(residentID: visit.resident.id ?? 0) : nil
            if let credit, credit < service.price {
                await show(screens.refused(ResidentScreens.creditTooLow(credit, service.price)), stage: .notice)
                return
            }
            await show(screens.confirm(session: newSession(), service: service, credit: credit), stage: .visit(next))
        }
    }

    /// Books the choice; the resident sees "done" only after the commit has returned.
    private func book(_ option: ResidentVisit.Option, for visit: ResidentVisit) async {
        let residentID = visit.resident.id ?? 0
        do {
            switch option {
            case .checkOut(let ride):
                let use = try await stores.uses.checkOut(residentID: residentID, passID: visit.pass.id, device: visit.device)
                logger.notice("ride checked out", metadata: ["use": "\(use.id ?? 0)", "resident": "\(residentID)"])
                await show(screens.checkedOut(ride), stage: .notice)
            case .service(let service):
                let use = try await stores.uses.register(
                    residentID: residentID, serviceID: service.id ?? 0, passID: visit.pass.id, device: visit.device
                )
                logger.notice("service registered", metadata: [
                    "use": "\(use.id ?? 0)", "resident": "\(residentID)", "service": "\(service.code)",
                    "kind": "\(use.kind.rawValue)", "payment": "\(use.paymentState.rawValue)",
                ])
                if use.paymentState == .awaitingPayment, payments != nil {
                    await startPayment(for: use, service: service)
                } else {
                    await show(screens.done(use, service: service), stage: .notice)
                }
            }
        } catch {
            logger.warning("kiosk registration refused", metadata: ["resident": "\(residentID)", "reason": "\(error)"])
            await show(screens.refused(Self.failureText(error)), stage: .notice)
        }
    }
}
