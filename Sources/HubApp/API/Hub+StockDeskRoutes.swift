import Hummingbird
import HubAPI
import Inventory
import Workflows

extension Hub {
    /// The stock desk's batch: opened, looked at, corrected and booked by staff; filled by the scanner.
    func addStockDeskRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.stockDesk)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.show())
        }
        router.post(RouterPath(APIRoute.stockDeskStart)) { request, _ in
            let actor = try await self.staffActor(request)
            let start = try await JSONBody.decode(StockDeskStartRequest.self, from: request)
            let choice: StockDeskResidentChoice = start.tap ? .tap : start.resident.map { .reference($0) } ?? .none
            if start.tap, start.resident != nil {
                throw APIError.badRequest("give either --resident or --tap, not both")
            }
            return try JSONBody.response(try await self.stockDesk.start(start.mode, resident: choice, reason: start.reason, by: actor), status: .created)
        }
        router.post(RouterPath(APIRoute.stockDeskUndo)) { request, _ in
            let actor = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.undo(by: actor))
        }
        router.post(RouterPath(APIRoute.stockDeskQuantity)) { request, _ in
            let actor = try await self.staffActor(request)
            let quantity = try await JSONBody.decode(StockDeskQuantityRequest.self, from: request)
            return try JSONBody.response(try await self.stockDesk.setQuantity(quantity.quantity, by: actor))
        }
        router.post(RouterPath(APIRoute.stockDeskConfirm)) { request, _ in
            let actor = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.confirm(by: actor, device: "kiosk"))
        }
        router.post(RouterPath(APIRoute.stockDeskCancel)) { request, _ in
            let actor = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.cancel(by: actor))
        }
        router.get(RouterPath(APIRoute.stockDeskCompare)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.compareWithOrderSlip())
        }
        router.get(RouterPath(APIRoute.stockStocktake)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.stocktakeDifferences())
        }
        router.post(RouterPath(APIRoute.stockStocktakeApply)) { request, _ in
            let actor = try await self.staffActor(request)
            return try JSONBody.response(try await self.stockDesk.confirmStocktake(by: actor, device: "kiosk"))
        }
    }
}
