import Hummingbird
import HubAPI
import Inventory

struct ParcelRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(APIRoute.parcels, .staff) { request, context in
            let day = try hub.day(from: request)
            let status = try request.uri.queryParameters.get("status").map { raw in
                guard let status = ParcelStatus(rawValue: raw) else {
                    throw APIError.badRequest("status '\(raw)' — use one of \(ParcelStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return status
            }
            let actor = try context.staff()
            let parcels = try await hub.stores.parcels.parcels(on: day, status: status, viewer: actor)
            return try JSONBody.response(parcels)
        }
        area.post(APIRoute.assign, .staff) { request, context in
            let assign = try await JSONBody.decode(AssignRequest.self, from: request)
            let actor = try context.staff()
            let view = try await hub.stores.parcels.assign(barcode: assign.barcode, residentKey: assign.resident, by: actor)
            hub.logger.notice("parcel assigned", metadata: ["barcode": "\(view.barcode)", "resident": "\(view.resident?.id ?? 0)"])
            return try JSONBody.response(view)
        }
        area.post(APIRoute.deliver, .staff) { request, context in
            let deliver = try await JSONBody.decode(OutcomeEntry.self, from: request)
            let actor = try context.staff()
            let view = try await hub.stores.parcels.deliver(barcode: deliver.barcode, outcome: deliver.outcome, minutes: deliver.minutes, by: actor)
            hub.logger.notice("delivery recorded", metadata: ["barcode": "\(view.barcode)", "outcome": "\(deliver.outcome.rawValue)"])
            return try JSONBody.response(view)
        }
        area.post(APIRoute.manifests, .staff) { request, context in
            let actor = try context.staff()
            let upload = try await JSONBody.decode(ManifestImportRequest.self, from: request)
            let format = ManifestFormat.detect(fileName: upload.fileName, content: upload.content)
            let parsed = ManifestParser.parse(upload.content, format: format)
            let result = try await hub.stores.manifests.importRows(parsed, supplier: upload.supplier, source: upload.fileName, by: actor)
            hub.logger.notice("manifest imported", metadata: [
                "file": "\(upload.fileName)", "loaded": "\(result.loaded)", "errors": "\(result.errors.count)", "assigned": "\(result.assignedNow)",
            ])
            return try JSONBody.response(result)
        }
        area.get(APIRoute.today, .staff) { request, context in
            let day = try hub.day(from: request)
            let actor = try context.staff()
            let list = try await hub.stores.parcels.dayList(on: day, viewer: actor)
            return try JSONBody.response(list)
        }
    }
}
