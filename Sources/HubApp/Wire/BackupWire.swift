import HubAPI
import Inventory

extension Inventory.BackupRecord: WireRepresentable {
    var wire: HubAPI.BackupRecord {
        HubAPI.BackupRecord(name: name, bytes: bytes, createdAt: createdAt)
    }
}
