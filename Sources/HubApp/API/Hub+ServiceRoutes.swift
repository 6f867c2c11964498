import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addServiceRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.services)) { request, _ in
            let all = request.uri.queryParameters.get("all") == "true"
            return try JSONBody.response(try await self.stores.services.list(includeInactive: all))
        }
        router.post(RouterPath(APIRoute.services)) { request, _ in
            let actor = try await self.staffActor(request)
            let fields = try await JSONBody.decode(ServiceFields.self, from: request)
            let service = try await self.stores.services.add(fields, by: actor)
            self.logger.notice("service added", metadata: ["service": "\(service.code)", "price": "\(service.priceCents)", "staff": "\(actor.name)"])
            return try JSONBody.response(service, status: .created)
        }
        router.get(RouterPath(APIRoute.rides)) { request, _ in
            let actor = try await self.staffActor(request)
            let openOnly = request.uri.queryParameters.get("open") == "true"
            let day: LocalDay? = request.uri.queryParameters.get("date") == nil ? nil : try self.day(from: request)
            return try JSONBody.response(try await self.stores.uses.rides(on: day, openOnly: openOnly, by: actor))
        }
        router.get(RouterPath(APIRoute.reviews)) { request, _ in
            try JSONBody.response(try await self.stores.uses.reviewQueue(by: try await self.staffActor(request)))
        }
        router.post(RouterPath(APIRoute.reviews + "/:id/resolve")) { request, context in
            let actor = try await self.staffActor(request)
            let raw = try context.parameters.require("id")
            guard let id = Int64(raw) else { throw APIError.badRequest("review '\(raw)' — give the number from `kiosk reviews`") }
            let resolve = try await JSONBody.decode(ReviewResolveRequest.self, from: request)
            return try JSONBody.response(try await self.stores.uses.resolveReview(useID: id, note: resolve.note, by: actor))
        }
        router.post(RouterPath(APIRoute.credit)) { request, _ in
            let actor = try await self.staffActor(request)
            let topUp = try await JSONBody.decode(CreditTopUpRequest.self, from: request)
            let balance = try await self.stores.credit.topUp(residentKey: topUp.resident, amount: topUp.amount, by: actor)
            self.logger.notice("credit topped up", metadata: ["staff": "\(actor.name)"])
            return try JSONBody.response(CreditResponse(resident: topUp.resident, balanceCents: balance.value))
        }
    }
}
