import Hummingbird
import HubAPI
import Inventory
import Workflows

struct StockDeskRoutes {
    let hub: Hub

    /// The stock desk's batch: opened, looked at, corrected and booked by staff; filled by the scanner.
    func add(to area: APIArea) {
        area.get(APIRoute.stockDesk, .staff) { request, context in
                        return try JSONBody.response(try await hub.stockDesk.show())
        }
        area.post(APIRoute.stockDeskStart, .staff) { request, context in
            let actor = try context.staff()
            let start = try await JSONBody.decode(StockDeskOpening.self, from: request)
            let choice: StockDeskResidentChoice = start.tap ? .tap : start.resident.map { .reference($0) } ?? .none
            if start.tap, start.resident != nil {
                throw APIError.badRequest("give either --resident or --tap, not both")
            }
            return try JSONBody.response(try await hub.stockDesk.start(start.mode, resident: choice, reason: start.reason, by: actor), status: .created)
        }
        area.post(APIRoute.stockDeskUndo, .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stockDesk.undo(by: actor))
        }
        area.post(APIRoute.stockDeskQuantity, .staff) { request, context in
            let actor = try context.staff()
            let quantity = try await JSONBody.decode(StockDeskQuantityRequest.self, from: request)
            return try JSONBody.response(try await hub.stockDesk.setQuantity(quantity.quantity, by: actor))
        }
        area.post(APIRoute.stockDeskConfirm, .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stockDesk.confirm(by: actor, device: "kiosk"))
        }
        area.post(APIRoute.stockDeskCancel, .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stockDesk.cancel(by: actor))
        }
        area.get(APIRoute.stockDeskCompare, .staff) { request, context in
                        return try JSONBody.response(try await hub.stockDesk.compareWithOrderSlip())
        }
        area.get(APIRoute.stockStocktake, .staff) { request, context in
                        return try JSONBody.response(try await hub.stockDesk.stocktakeDifferences())
        }
        area.post(APIRoute.stockStocktakeApply, .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stockDesk.confirmStocktake(by: actor, device: "kiosk"))
        }
    }
}
