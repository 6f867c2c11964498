import Hummingbird
import HubAPI
import Inventory

/// The privacy lifecycle: a resident's subject-access export and erasure, and the retention
/// purge on demand. Staff with a session only; each is audited in its own transaction.
struct PrivacyRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(APIRoute.residents + "/:key/export", .staff) { _, context in
            let actor = try context.staff()
            let document = try await hub.stores.privacy.export(residentKey: try context.parameters.require("key"), by: actor)
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: document))
            )
        }
        area.post(APIRoute.residents + "/:key/erase", .staff) { _, context in
            let actor = try context.staff()
            let report = try await hub.stores.privacy.erase(residentKey: try context.parameters.require("key"), by: actor)
            hub.logger.notice("resident erased", metadata: [
                "resident": "\(report.residentId)", "staff": "\(actor.id.map(String.init) ?? "-")",
                "backups": "\(report.backupsScrubbed) scrubbed\(report.backupsPending ? ", some pending" : "")",
            ])
            return try JSONBody.response(report)
        }
        area.post(APIRoute.retentionPurge, .staff) { _, context in
            let actor = try context.staff()
            let report = try await hub.stores.privacy.purge()
            try await hub.stores.audit.recordView("retention.purge", by: actor, at: hub.calendar.now())
            RetentionService.log(report, logger: hub.logger)
            return try JSONBody.response(report)
        }
    }
}
