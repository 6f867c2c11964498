import Devices
import Foundation
import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addStatusRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.status)) { _, _ in try JSONBody.response(try await self.status()) }
        router.get(RouterPath(APIRoute.devices)) { _, _ in
            let discovery = USBDiscovery(logger: self.logger)
            return try JSONBody.response(discovery.match(discovery.list(), to: self.devices))
        }
        router.post(RouterPath(APIRoute.simulateScan)) { request, _ in
            let scan = try await JSONBody.decode(SimulateScanRequest.self, from: request)
            return try JSONBody.response(try self.simulate(scan.device) { try $0.scan(device: scan.device, code: scan.code) })
        }
        router.post(RouterPath(APIRoute.simulateTap)) { request, _ in
            let tap = try await JSONBody.decode(SimulateTapRequest.self, from: request)
            return try JSONBody.response(try self.simulate(tap.device) { try $0.tap(device: tap.device, uid: tap.uid) })
        }
    }

    func status() async throws -> StatusResponse {
        let entries = await board.snapshot()
        let payment = await payments?.status()
        let devices = self.devices.map { descriptor in
            let entry = entries[descriptor.name]
            let terminal = paymentDeviceState(descriptor, payment)
            return StatusResponse.Device(
                name: descriptor.name, role: descriptor.role, driver: descriptor.driver,
                path: descriptor.path ?? descriptor.terminal?.tcpAddress,
                state: terminal?.state ?? entry?.state.label ?? (descriptor.role == nil ? "unused" : "starting"),
                reason: terminal?.reason ?? entry?.state.reason, since: entry?.since,
                simulated: simulation?.virtualDevices[descriptor.name] != nil,
                delivered: entry?.counters.delivered ?? 0, dropped: entry?.counters.dropped ?? [:]
            )
        }
        let today = try await stores.parcels.parcels(on: calendar.today)
        return StatusResponse(
            hub: configuration.hub.name, version: HubVersion.current, pid: getpid(), startedAt: startedAt,
            configSource: configuration.sourcePath ?? "embedded default", database: database.path,
            synchronous: try database.synchronousLevel() ?? -1, staff: try await stores.intakeOperator.current(), devices: devices,
            parcelsToday: today.count, unassigned: today.filter { $0.status == .unassigned }.count,
            overdue: today.filter(\.overdue).count, unknownPassTaps: await passTaps.unknownTaps,
            waitingForTap: await claims.pending, payment: payment, stock: try await stockStatus()
        )
    }

    /// Reminders are for today only: a loan reaches week 12 or 25 on one day, and staff see it that day.
    private func stockStatus() async throws -> StockStatus {
        let open = await stockDesk.current.map { "\($0.mode.rawValue), \($0.lines.count) lines, \($0.startedBy)" }
        return StockStatus(
            reminders: try await stores.stock.reminders(on: calendar.today),
            overdueLoans: try await stores.stock.loans(overdueOnly: true).count,
            belowMinimum: try await stores.stock.reorderList().count, openBatch: open
        )
    }

    func simulate(_ device: String, _ write: (Simulation) throws -> (path: String, bytes: Int)?) throws -> SimulateScanResponse {
        guard let simulation else {
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
