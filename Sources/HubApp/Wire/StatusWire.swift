import Devices
import Foundation
import HubAPI
import Inventory
import Workflows

/// The hub's status as the status route gathers it, in domain values; `wire` turns it into
/// `HubAPI.StatusResponse`.
struct HubStatus: WireRepresentable {
    struct Device {
        var name: String
        var role: DeviceRole?
        var driver: DriverKind
        var path: String?
        var state: String
        var reason: String?
        var since: Date?
        var simulated: Bool
        var delivered: Int
        var dropped: [String: Int]

        init(
            name: String, role: DeviceRole?, driver: DriverKind, path: String?, state: String, reason: String?,
            since: Date?, simulated: Bool, delivered: Int = 0, dropped: [String: Int] = [:]
        ) {
            self.name = name
            self.role = role
            self.driver = driver
            self.path = path
            self.state = state
            self.reason = reason
            self.since = since
            self.simulated = simulated
            self.delivered = delivered
            self.dropped = dropped
        }
    }

    var hub: String
    var version: String
    var pid: Int32
    var startedAt: Date
    var configSource: String
    var database: String
    var synchronous: Int
    var staff: StaffSessionStore.Session?
    var devices: [Device]
    var parcelsToday: Int
    var unassigned: Int
    var overdue: Int
    var unknownPassTaps: [PassTapNotice] = []
    var waitingForTap: [String] = []
    var payment: PaymentDeskStatus?
    var stock: StockStatusReport?
    var storage: HubAPI.StorageHealth?
    var central: HubAPI.CentralSyncStatus?

    var wire: HubAPI.StatusResponse {
        HubAPI.StatusResponse(
            hub: hub, version: version, pid: pid, startedAt: startedAt, configSource: configSource, database: database,
            synchronous: synchronous, staff: staff.wire, devices: devices.wire, parcelsToday: parcelsToday, unassigned: unassigned,
            overdue: overdue, unknownPassTaps: unknownPassTaps.wire, waitingForTap: waitingForTap, payment: payment.wire,
            stock: stock.wire, storage: storage, central: central
        )
    }
}

extension HubStatus.Device: WireRepresentable {
    var wire: HubAPI.StatusResponse.Device {
        HubAPI.StatusResponse.Device(
            name: name, role: role.wire, driver: driver.wire, path: path, state: state, reason: reason, since: since,
            simulated: simulated, delivered: delivered, dropped: dropped
        )
    }
}

/// The stock side of the status, in domain values; mapped to `HubAPI.StockStatus`.
struct StockStatusReport: WireRepresentable {
    var reminders: [LoanReminder]
    var overdueLoans: Int
    var belowMinimum: Int
    var openBatch: String?

    var wire: HubAPI.StockStatus {
        HubAPI.StockStatus(reminders: reminders.wire, overdueLoans: overdueLoans, belowMinimum: belowMinimum, openBatch: openBatch)
    }
}

/// An order slip with its text and CSV renderings; mapped to `HubAPI.StockOrderSlipResponse`.
struct OrderSlipDocument: WireRepresentable {
    var slip: OrderSlipView
    var text: String
    var csv: String

    var wire: HubAPI.StockOrderSlipResponse {
        HubAPI.StockOrderSlipResponse(slip: slip.wire, text: text, csv: csv)
    }
}
