import Hummingbird
import HubAPI
import Inventory

struct PassRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.post(APIRoute.passEnroll, .staff) { request, context in
            let actor = try context.staff()
            let enroll = try await JSONBody.decode(PassEnrollRequest.self, from: request)
            _ = try await hub.stores.residents.resident(matching: enroll.resident)
            let tap = try await TapWait.next(.enrolment, for: request, hub: hub)
            let pass = try await hub.stores.passes.enroll(tap.digest, residentKey: enroll.resident, by: actor)
            hub.logger.notice("pass enrolled", metadata: ["pass": "\(pass.id)", "resident": "\(pass.residentId ?? 0)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(pass, status: .created)
        }
        area.post(APIRoute.passes + "/:id/block", .staff) { request, context in
            let actor = try context.staff()
            let raw = try context.parameters.require("id")
            guard let id = Int64(raw.trimmingCharacters(in: .whitespaces)) else {
                throw APIError.badRequest("pass '\(raw)' — give the pass number from `kiosk passes list RESIDENT`")
            }
            let block = try await JSONBody.decode(PassBlockRequest.self, from: request)
            let pass = try await hub.stores.passes.block(passID: id, reason: block.reason, by: actor)
            hub.logger.notice("pass blocked", metadata: ["pass": "\(pass.id)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(pass)
        }
        area.get(APIRoute.passes, .staff) { request, context in
            let actor = try context.staff()
            guard let resident = request.uri.queryParameters.get("resident") else {
                throw APIError.badRequest("give a resident, e.g. `kiosk passes list BZ-001`")
            }
            return try JSONBody.response(try await hub.stores.passes.passes(residentKey: resident, by: actor))
        }
    }
}
