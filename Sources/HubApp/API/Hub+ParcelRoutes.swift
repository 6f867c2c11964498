import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addParcelRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.parcels)) { request, _ in
            let status = try request.uri.queryParameters.get("status").map { raw in
                guard let status = ParcelStatus(rawValue: raw) else {
                    throw APIError.badRequest("status '\(raw)' — use one of \(ParcelStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return status
            }
            return try JSONBody.response(try await self.parcels.parcels(on: try self.day(from: request), status: status))
        }
        router.post(RouterPath(APIRoute.assign)) { request, _ in
            let assign = try await JSONBody.decode(AssignRequest.self, from: request)
            let who = try await self.staff.current().map { StaffActor(id: nil, name: $0.staffName) }
            let view = try await self.parcels.assign(barcode: assign.barcode, residentKey: assign.resident, by: who)
            self.logger.notice("parcel assigned", metadata: ["barcode": "\(view.barcode)", "resident": "\(view.resident?.id ?? 0)"])
            return try JSONBody.response(view)
        }
        router.post(RouterPath(APIRoute.deliver)) { request, _ in
            let deliver = try await JSONBody.decode(DeliverRequest.self, from: request)
            let who = try await self.staff.current().map { StaffActor(id: nil, name: $0.staffName) }
            let view = try await self.parcels.deliver(barcode: deliver.barcode, outcome: deliver.outcome, by: who)
            self.logger.notice("delivery recorded", metadata: ["barcode": "\(view.barcode)", "outcome": "\(deliver.outcome.rawValue)"])
            return try JSONBody.response(view)
        }
        router.post(RouterPath(APIRoute.manifests)) { request, _ in
            let upload = try await JSONBody.decode(ManifestImportRequest.self, from: request)
            let format = ManifestFormat.detect(fileName: upload.fileName, content: upload.content)
            let parsed = ManifestParser.parse(upload.content, format: format)
            let who = try await self.staff.current().map { StaffActor(id: nil, name: $0.staffName) }
            let result = try await self.manifests.importRows(parsed, supplier: upload.supplier, source: upload.fileName, by: who)
            self.logger.notice("manifest imported", metadata: [
                "file": "\(upload.fileName)", "loaded": "\(result.loaded)", "errors": "\(result.errors.count)", "assigned": "\(result.assignedNow)",
            ])
            return try JSONBody.response(result)
        }
        router.get(RouterPath(APIRoute.today)) { request, _ in
            try JSONBody.response(try await self.parcels.dayList(on: try self.day(from: request)))
        }
    }
}
