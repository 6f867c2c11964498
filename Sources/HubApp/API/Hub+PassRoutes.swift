import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addPassRoutes(to router: Router<BasicRequestContext>) {
        router.post(RouterPath(APIRoute.passEnroll)) { request, _ in
            let actor = try await self.staffActor(request)
            let enroll = try await JSONBody.decode(PassEnrollRequest.self, from: request)
            _ = try await self.stores.residents.resident(matching: enroll.resident)
            let tap = try await self.nextTap(for: "pass enrolment")
            let pass = try await self.stores.passes.enroll(tap.digest, residentKey: enroll.resident, by: actor)
            self.logger.notice("pass enrolled", metadata: ["pass": "\(pass.id)", "resident": "\(pass.residentId ?? 0)", "staff": "\(actor.name)"])
            return try JSONBody.response(pass, status: .created)
        }
        router.post(RouterPath(APIRoute.passes + "/:id/block")) { request, context in
            let actor = try await self.staffActor(request)
            let raw = try context.parameters.require("id")
            guard let id = Int64(raw.trimmingCharacters(in: .whitespaces)) else {
                throw APIError.badRequest("pass '\(raw)' — give the pass number from `kiosk passes list RESIDENT`")
            }
            let block = try await JSONBody.decode(PassBlockRequest.self, from: request)
            let pass = try await self.stores.passes.block(passID: id, reason: block.reason, by: actor)
            self.logger.notice("pass blocked", metadata: ["pass": "\(pass.id)", "staff": "\(actor.name)"])
            return try JSONBody.response(pass)
        }
        router.get(RouterPath(APIRoute.passes)) { request, _ in
            let actor = try await self.staffActor(request)
            guard let resident = request.uri.queryParameters.get("resident") else {
                throw APIError.badRequest("give a resident, e.g. `kiosk passes list BZ-001`")
            }
            return try JSONBody.response(try await self.stores.passes.passes(residentKey: resident, by: actor))
        }
    }
}
