import Hummingbird
import HubAPI
import Inventory
import Workflows

struct PaymentRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.post(APIRoute.payments, .staff) { request, context in
            let actor = try context.staff()
            let pay = try await JSONBody.decode(PayRequest.self, from: request)
            let desk = try requirePayments()
            let intent = PaymentIntent(reference: pay.reference, amount: try Cents.parse(pay.amount), staff: actor, terminal: desk.terminalName)
            let settlement = try await desk.pay(intent)
            hub.logger.notice("staff payment ended", metadata: [
                "payment": "\(settlement.payment.id ?? 0)", "status": "\(settlement.payment.status.rawValue)",
                "already_paid": "\(settlement.alreadyPaid)", "staff": "\(actor.id ?? 0)",
            ])
            return try JSONBody.response(settlement)
        }
        area.get(APIRoute.payments, .staff) { request, context in
                        return try JSONBody.response(try await hub.stores.payments.payments(on: try hub.day(from: request)))
        }
        area.post(APIRoute.paymentAbort, .staff) { request, context in
                        return try JSONBody.response(PaymentAbortResponse(accepted: await requirePayments().abort()))
        }
        area.post(APIRoute.paymentCloseDay, .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await requirePayments().closeDay(by: actor))
        }
        area.post(APIRoute.simulateTerminal, .admin) { request, context in
            let simulate = try await JSONBody.decode(SimulateTerminalRequest.self, from: request)
            return try JSONBody.response(try hub.scriptSimulatedTerminal(simulate))
        }
    }

    func requirePayments() throws -> PaymentDesk {
        guard let payments = hub.payments else {
            throw APIError(.conflict, code: "no-terminal", LocalizedText(
                nl: "er is geen betaalautomaat ingesteld — voeg een [[devices]] met role = \"payment\" en driver = \"zvt\" toe aan hubd.toml",
                en: "no card terminal is configured — add a [[devices]] table with role = \"payment\" and driver = \"zvt\" to hubd.toml"
            ))
        }
        return payments
    }
}
