import Hummingbird
import HubAPI
import Inventory

/// `kiosk backup now` and `kiosk backup list`. A backup holds everything, so only staff with a
/// session (or admin) may make or list them, and making one is audited.
struct BackupRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.post(APIRoute.backups, .staff) { _, context in
            let actor = try context.staff()
            let record = try await hub.stores.backups.write(now: hub.calendar.now())
            try await hub.stores.audit.recordView("backup.write", by: actor, at: hub.calendar.now(), subject: record.name)
            hub.logger.notice("backup written", metadata: ["file": "\(record.name)", "bytes": "\(record.bytes)"])
            return try JSONBody.response(record, status: .created)
        }
        area.get(APIRoute.backups, .staff) { _, _ in
            try JSONBody.response(try hub.stores.backups.list())
        }
    }
}
