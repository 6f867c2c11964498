import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addParcelRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.parcels)) { request, _ in
            let day = try self.day(from: request)
            let status = try request.uri.queryParameters.get("status").map { raw in
                guard let status = ParcelStatus(rawValue: raw) else {
                    throw APIError.badRequest("status '\(raw)' — use one of \(ParcelStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return status
            }
            let actor = try await self.staffActor(request)
            let parcels = try await self.stores.parcels.parcels(on: day, status: status)
            try await self.stores.audit.recordView("parcels.list", by: actor, at: self.calendar.now(), subject: day.text)
            return try JSONBody.response(parcels)
        }
        router.post(RouterPath(APIRoute.assign)) { request, _ in
            let assign = try await JSONBody.decode(AssignRequest.self, from: request)
            let actor = try await self.staffActor(request)
            let view = try await self.stores.parcels.assign(barcode: assign.barcode, residentKey: assign.resident, by: actor)
            self.logger.notice("parcel assigned", metadata: ["barcode": "\(view.barcode)", "resident": "\(view.resident?.id ?? 0)"])
            return try JSONBody.response(view)
        }
        router.post(RouterPath(APIRoute.deliver)) { request, _ in
            let deliver = try await JSONBody.decode(DeliverRequest.self, from: request)
            let actor = try await self.staffActor(request)
            let view = try await self.stores.parcels.deliver(barcode: deliver.barcode, outcome: deliver.outcome, by: actor)
            self.logger.notice("delivery recorded", metadata: ["barcode": "\(view.barcode)", "outcome": "\(deliver.outcome.rawValue)"])
            return try JSONBody.response(view)
        }
        router.post(RouterPath(APIRoute.manifests)) { request, _ in
            let actor = try await self.staffActor(request)
            let upload = try await JSONBody.decode(ManifestImportRequest.self, from: request)
            let format = ManifestFormat.detect(fileName: upload.fileName, content: upload.content)
            let parsed = ManifestParser.parse(upload.content, format: format)
            let result = try await self.stores.manifests.importRows(parsed, supplier: upload.supplier, source: upload.fileName, by: actor)
            self.logger.notice("manifest imported", metadata: [
                "file": "\(upload.fileName)", "loaded": "\(result.loaded)", "errors": "\(result.errors.count)", "assigned": "\(result.assignedNow)",
            ])
            return try JSONBody.response(result)
        }
        router.get(RouterPath(APIRoute.today)) { request, _ in
            let day = try self.day(from: request)
            let actor = try await self.staffActor(request)
            let list = try await self.stores.parcels.dayList(on: day)
            try await self.stores.audit.recordView("today.view", by: actor, at: self.calendar.now(), subject: day.text)
            return try JSONBody.response(list)
        }
    }
}
