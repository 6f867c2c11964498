import Hummingbird
import HubAPI
import Inventory
import Workflows

extension Hub {
    func addPaymentRoutes(to router: Router<BasicRequestContext>) {
        router.post(RouterPath(APIRoute.payments)) { request, _ in
            let actor = try await self.staffActor(request)
            let pay = try await JSONBody.decode(PayRequest.self, from: request)
            let desk = try self.requirePayments()
            let intent = PaymentIntent(reference: pay.reference, amount: try Cents.parse(pay.amount), staff: actor, terminal: desk.terminalName)
            let settlement = try await desk.pay(intent)
            self.logger.notice("staff payment ended", metadata: [
                "payment": "\(settlement.payment.id ?? 0)", "status": "\(settlement.payment.status.rawValue)",
                "already_paid": "\(settlement.alreadyPaid)", "staff": "\(actor.name)",
            ])
            return try JSONBody.response(settlement)
        }
        router.get(RouterPath(APIRoute.payments)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stores.payments.payments(on: try self.day(from: request)))
        }
        router.post(RouterPath(APIRoute.paymentAbort)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(PaymentAbortResponse(accepted: await self.requirePayments().abort()))
        }
        router.post(RouterPath(APIRoute.paymentCloseDay)) { request, _ in
            let actor = try await self.staffActor(request)
            return try JSONBody.response(try await self.requirePayments().closeDay(by: actor))
        }
        router.post(RouterPath(APIRoute.simulateTerminal)) { request, _ in
            let simulate = try await JSONBody.decode(SimulateTerminalRequest.self, from: request)
            return try JSONBody.response(try self.scriptSimulatedTerminal(simulate))
        }
    }

    func requirePayments() throws -> PaymentDesk {
        guard let payments else {
            throw APIError(.conflict, code: "no-terminal", LocalizedText(
                nl: "er is geen betaalautomaat ingesteld — voeg een [[devices]] met role = \"payment\" en driver = \"zvt\" toe aan hubd.toml",
                en: "no card terminal is configured — add a [[devices]] table with role = \"payment\" and driver = \"zvt\" to hubd.toml"
            ))
        }
        return payments
    }
}
