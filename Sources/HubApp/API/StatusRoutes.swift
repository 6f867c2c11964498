import Devices
import Foundation
import Hummingbird
import HubAPI
import Inventory

struct StatusRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(APIRoute.status, .monitor) { request, context in try JSONBody.response(try await status()) }
        area.get(APIRoute.devices, .monitor) { request, context in
            let discovery = USBDiscovery(logger: hub.logger)
            return try JSONBody.response(discovery.match(discovery.list(), to: hub.devices))
        }
        area.post(APIRoute.simulateScan, .admin) { request, context in
            let scan = try await JSONBody.decode(SimulateScanRequest.self, from: request)
            return try JSONBody.response(try simulate(scan.device) { try $0.scan(device: scan.device, code: scan.code) })
        }
        area.post(APIRoute.simulateTap, .admin) { request, context in
            let tap = try await JSONBody.decode(SimulateTapRequest.self, from: request)
            return try JSONBody.response(try simulate(tap.device) { try $0.tap(device: tap.device, uid: tap.uid) })
        }
    }

    func status() async throws -> HubStatus {
        let entries = await hub.board.snapshot()
        let payment = await hub.payments?.status()
        let devices = hub.devices.map { descriptor in
            let entry = entries[descriptor.name]
            let terminal = hub.paymentDeviceState(descriptor, payment)
            return HubStatus.Device(
                name: descriptor.name, role: descriptor.role, driver: descriptor.driver,
                path: descriptor.path ?? descriptor.terminal?.tcpAddress,
                state: terminal?.state ?? entry?.state.label ?? (descriptor.role == nil ? "unused" : "starting"),
                reason: terminal?.reason ?? entry?.state.reason, since: entry?.since,
                simulated: hub.simulation?.virtualDevices[descriptor.name] != nil,
                delivered: entry?.counters.delivered ?? 0, dropped: entry?.counters.dropped ?? [:]
            )
        }
        let today = try await hub.stores.parcels.counts(on: hub.calendar.today)
        return HubStatus(
            hub: hub.configuration.hub.name, version: HubVersion.current, pid: getpid(), startedAt: hub.startedAt,
            configSource: hub.configuration.sourcePath ?? "embedded default", database: hub.database.path,
            synchronous: try hub.database.synchronousLevel() ?? -1, staff: try await hub.stores.intakeOperator.current(), devices: devices,
            parcelsToday: today.total, unassigned: today.unassigned,
            overdue: today.overdue, unknownPassTaps: await hub.passTaps.unknownTaps,
            waitingForTap: await hub.claims.pending, payment: payment, stock: try await stockStatus(), storage: storageHealth(),
            central: try await centralStatus()
        )
    }

    private func centralStatus() async throws -> HubAPI.CentralSyncStatus? {
        guard let central = hub.central else { return nil }
        return await central.state.report(
            hubID: central.hubID, backlog: try await OutboxStore(database: hub.database).backlog(),
            referenceVersion: try await hub.stores.reference.version()
        )
    }

    /// The last backup is the newest file in the backup directory: it survives restarts, and a
    /// stick that was pulled shows as "never".
    private func storageHealth() -> StorageHealth {
        let refused = hub.database.lastRefusedWrite
        return StorageHealth(
            freeBytes: StorageFailureWatch.freeBytes(in: hub.configuration.hub.dataDirectory), databaseBytes: hub.database.fileBytes(),
            lastWriteError: refused?.message, lastWriteErrorAt: refused?.at,
            lastBackupAt: (try? hub.stores.backups.list())?.first?.createdAt
        )
    }

    /// Reminders are for today only: a loan reaches week 12 or 25 on one day, and staff see it that day.
    private func stockStatus() async throws -> StockStatusReport {
        let open = await hub.stockDesk.current.map { "\($0.mode.rawValue), \($0.lines.count) lines, \($0.startedBy)" }
        // Health, not a look at anyone's records: the reminders name the aid, never the resident.
        let reminders = try await hub.stores.stock.reminders(on: hub.calendar.today).map { reminder in
            var anonymous = reminder
            anonymous.loan.residentName = nil
            anonymous.loan.residentReference = nil
            return anonymous
        }
        return StockStatusReport(
            reminders: reminders,
            overdueLoans: try await hub.stores.stock.loans(overdueOnly: true).count,
            belowMinimum: try await hub.stores.stock.reorderList().count, openBatch: open
        )
    }

    func simulate(_ device: String, _ write: (Simulation) throws -> (path: String, bytes: Int)?) throws -> SimulateScanResponse {
        guard let simulation = hub.simulation else {
            throw APIError(.conflict, code: "not-simulating", LocalizedText(
                nl: "hubd draait niet met --simulate — start `hubd --simulate` om virtuele scans te doen",
                en: "hubd is not running with --simulate — start `hubd --simulate` to send virtual scans"
            ))
        }
        guard let written = try write(simulation) else {
            let names = simulation.virtualDevices.keys.sorted().joined(separator: ", ")
            throw APIError(.notFound, code: "no-device", LocalizedText(
                nl: "geen virtueel apparaat '\(device)' — kies uit: \(names)",
                en: "no virtual device '\(device)' — choose from: \(names)"
            ))
        }
        return SimulateScanResponse(device: device, path: written.path, bytesWritten: written.bytes)
    }
}
