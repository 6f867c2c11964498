import HubAPI
import Inventory

extension Inventory.ErasureReport: WireRepresentable {
    var wire: HubAPI.ErasureReport {
        HubAPI.ErasureReport(
            residentId: residentId, passes: passes, proxies: proxies, manifestLines: manifestLines, parcels: parcels,
            loans: loans, movements: movements, keptServiceUses: keptServiceUses, keptCreditMovements: keptCreditMovements,
            creditLeftCents: creditLeftCents, backupsScrubbed: backupsScrubbed, backupsPending: backupsPending,
            visits: visits, signals: signals
        )
    }
}

extension Inventory.PurgeReport: WireRepresentable {
    var wire: HubAPI.PurgeReport {
        HubAPI.PurgeReport(
            manifestLines: manifestLines, parcels: parcels, loans: loans, movements: movements, paymentDetails: paymentDetails,
            signals: signals, visits: visits, residentsErased: residentsErased, backupsScrubbed: backupsScrubbed, backupsPending: backupsPending
        )
    }
}

extension Inventory.PairedBrowser: WireRepresentable {
    var wire: HubAPI.PairedBrowser {
        HubAPI.PairedBrowser(id: id, label: label, requestedAt: requestedAt, approvedAt: approvedAt, revokedAt: revokedAt)
    }
}

extension HubAPI.BrowserApproveRequest: WireDecodable {}
