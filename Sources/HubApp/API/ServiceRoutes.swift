import Hummingbird
import HubAPI
import Inventory

struct ServiceRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(APIRoute.services, .staffRole) { request, context in
            let all = request.uri.queryParameters.get("all") == "true"
            return try JSONBody.response(try await hub.stores.services.list(includeInactive: all))
        }
        area.post(APIRoute.services, .staff) { request, context in
            let actor = try context.staff()
            let fields = try await JSONBody.decode(ServiceFields.self, from: request)
            let service = try await hub.stores.services.add(fields, by: actor)
            hub.logger.notice("service added", metadata: ["service": "\(service.code)", "price": "\(service.priceCents)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(service, status: .created)
        }
        area.get(APIRoute.rides, .staff) { request, context in
            let actor = try context.staff()
            let openOnly = request.uri.queryParameters.get("open") == "true"
            let day: LocalDay? = request.uri.queryParameters.get("date") == nil ? nil : try hub.day(from: request)
            return try JSONBody.response(try await hub.stores.uses.rides(on: day, openOnly: openOnly, by: actor))
        }
        area.get(APIRoute.reviews, .staff) { request, context in
            try JSONBody.response(try await hub.stores.uses.reviewQueue(by: try context.staff()))
        }
        area.post(APIRoute.reviews + "/:id/resolve", .staff) { request, context in
            let actor = try context.staff()
            let raw = try context.parameters.require("id")
            guard let id = Int64(raw) else { throw APIError.badRequest("review '\(raw)' — give the number from `kiosk reviews`") }
            let resolve = try await JSONBody.decode(ReviewResolveRequest.self, from: request)
            return try JSONBody.response(try await hub.stores.uses.resolveReview(useID: id, note: resolve.note, by: actor))
        }
        area.post(APIRoute.credit, .staff) { request, context in
            let actor = try context.staff()
            let topUp = try await JSONBody.decode(CreditTopUpRequest.self, from: request)
            let balance = try await hub.stores.credit.topUp(residentKey: topUp.resident, amount: topUp.amount, by: actor)
            hub.logger.notice("credit topped up", metadata: ["staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(CreditResponse(resident: topUp.resident, balanceCents: balance.value))
        }
    }
}
