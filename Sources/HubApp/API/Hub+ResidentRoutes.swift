import Hummingbird
import HubAPI
import Inventory

extension Hub {
    /// Resident records are personal data: every staff look at one writes an audit row.
    func addResidentRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.residents)) { request, _ in
            try JSONBody.response(try await self.stores.residents.list(by: try await self.staffActor(request)))
        }
        router.post(RouterPath(APIRoute.residents)) { request, _ in
            let actor = try await self.staffActor(request)
            let fields = try await JSONBody.decode(ResidentFields.self, from: request)
            let resident = try await self.stores.residents.add(fields, by: actor)
            self.logger.notice("resident added", metadata: ["resident": "\(resident.id ?? 0)", "staff": "\(actor.name)"])
            return try JSONBody.response(resident, status: .created)
        }
        router.get(RouterPath(APIRoute.residents + "/:key")) { request, context in
            let actor = try await self.staffActor(request)
            let resident = try await self.stores.residents.view(matching: try context.parameters.require("key"), by: actor)
            return try JSONBody.response(resident)
        }
        router.get(RouterPath(APIRoute.residents + "/:key/timeline")) { request, context in
            let actor = try await self.staffActor(request)
            return try JSONBody.response(try await self.stores.timeline.timeline(residentKey: try context.parameters.require("key"), by: actor))
        }
        router.patch(RouterPath(APIRoute.residents + "/:key")) { request, context in
            let actor = try await self.staffActor(request)
            let fields = try await JSONBody.decode(ResidentFields.self, from: request)
            let id = try await self.stores.residents.resident(matching: try context.parameters.require("key")).id ?? 0
            let resident = try await self.stores.residents.edit(id: id, fields, by: actor)
            self.logger.notice("resident edited", metadata: ["resident": "\(id)", "staff": "\(actor.name)"])
            return try JSONBody.response(resident)
        }
        addProxyRoutes(to: router)
    }

    private func addProxyRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.proxies)) { request, _ in
            let actor = try await self.staffActor(request)
            guard let resident = request.uri.queryParameters.get("resident") else { throw APIError.badRequest("give a resident") }
            return try JSONBody.response(try await self.stores.proxies.list(residentKey: resident, by: actor))
        }
        router.post(RouterPath(APIRoute.proxies)) { request, _ in
            let actor = try await self.staffActor(request)
            let add = try await JSONBody.decode(ProxyAddRequest.self, from: request)
            let proxy = try await self.stores.proxies.add(
                residentKey: add.resident, name: add.name, scopes: add.scopes, expiresOn: add.expiresOn, by: actor
            )
            return try JSONBody.response(proxy, status: .created)
        }
        router.delete(RouterPath(APIRoute.proxies + "/:id")) { request, context in
            let actor = try await self.staffActor(request)
            let raw = try context.parameters.require("id")
            guard let id = Int64(raw) else { throw APIError.badRequest("proxy '\(raw)' — give the number from `kiosk residents proxies RESIDENT`") }
            try await self.stores.proxies.remove(proxyID: id, by: actor)
            return Response(status: .noContent)
        }
    }
}
