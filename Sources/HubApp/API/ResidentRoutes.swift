import Hummingbird
import HubAPI
import Inventory

struct ResidentRoutes {
    let hub: Hub

    /// Resident records are personal data: every staff look at one writes an audit row.
    func add(to area: APIArea) {
        area.get(APIRoute.residents, .staff) { request, context in
            try JSONBody.response(try await hub.stores.residents.list(by: try context.staff()))
        }
        area.post(APIRoute.residents, .staff) { request, context in
            let actor = try context.staff()
            let fields = try await JSONBody.decode(ResidentFields.self, from: request)
            let resident = try await hub.stores.residents.add(fields, by: actor)
            hub.logger.notice("resident added", metadata: ["resident": "\(resident.id ?? 0)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(resident, status: .created)
        }
        area.get(APIRoute.residents + "/:key", .staff) { request, context in
            let actor = try context.staff()
            let resident = try await hub.stores.residents.view(matching: try context.parameters.require("key"), by: actor)
            return try JSONBody.response(resident)
        }
        area.get(APIRoute.residents + "/:key/timeline", .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stores.timeline.timeline(residentKey: try context.parameters.require("key"), by: actor))
        }
        area.patch(APIRoute.residents + "/:key", .staff) { request, context in
            let actor = try context.staff()
            let fields = try await JSONBody.decode(ResidentFields.self, from: request)
            let id = try await hub.stores.residents.resident(matching: try context.parameters.require("key")).id ?? 0
            let resident = try await hub.stores.residents.edit(id: id, fields, by: actor)
            hub.logger.notice("resident edited", metadata: ["resident": "\(id)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(resident)
        }
        addProxyRoutes(to: area)
    }

    private func addProxyRoutes(to area: APIArea) {
        area.get(APIRoute.proxies, .staff) { request, context in
            let actor = try context.staff()
            guard let resident = request.uri.queryParameters.get("resident") else { throw APIError.badRequest("give a resident") }
            return try JSONBody.response(try await hub.stores.proxies.list(residentKey: resident, by: actor))
        }
        area.post(APIRoute.proxies, .staff) { request, context in
            let actor = try context.staff()
            let add = try await JSONBody.decode(ProxyGrant.self, from: request)
            let proxy = try await hub.stores.proxies.add(
                residentKey: add.resident, name: add.name, scopes: add.scopes, expiresOn: add.expiresOn, by: actor
            )
            return try JSONBody.response(proxy, status: .created)
        }
        area.delete(APIRoute.proxies + "/:id", .staff) { request, context in
            let actor = try context.staff()
            let raw = try context.parameters.require("id")
            guard let id = Int64(raw) else { throw APIError.badRequest("proxy '\(raw)' — give the number from `kiosk residents proxies RESIDENT`") }
            try await hub.stores.proxies.remove(proxyID: id, by: actor)
            return Response(status: .noContent)
        }
    }
}
