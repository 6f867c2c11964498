import Foundation

/// `kiosk status`: is the hub healthy, and what is each device doing.
public struct StatusResponse: Codable, Sendable {
    public struct Device: Codable, Sendable, Equatable {
        public var name: String
        public var role: DeviceRole?
        public var driver: DriverKind
        public var path: String?
        public var state: String
        public var reason: String?
        public var since: Date?
        public var simulated: Bool
        public var delivered: Int
        /// Inputs dropped by reason (rate-limited, repeated, too-long, …): a rogue device shows here.
        public var dropped: [String: Int]

        public init(
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

    public var hub: String
    public var version: String
    public var pid: Int32
    public var startedAt: Date
    public var configSource: String
    public var database: String
    public var synchronous: Int
    public var staff: StaffSession?
    public var devices: [Device]
    public var parcelsToday: Int
    public var unassigned: Int
    public var overdue: Int
    /// The last taps of passes the hub does not know, newest first, so staff can help the resident.
    public var unknownPassTaps: [PassTapNotice]
    /// Staff commands waiting for a pass tap (enrolment, login), so nobody wonders why the kiosk ignores a tap.
    public var waitingForTap: [String]
    /// The card terminal's side: reachable, busy, payments under recovery, last day close.
    public var payment: PaymentDeskStatus?
    /// Loan reminders due today, overdue loans and the stock desk; nil from an older hubd.
    public var stock: StockStatus?
    /// Free space, database size, the last refused write and the last backup; nil from an older hubd.
    public var storage: StorageHealth?
    /// The sync with central; nil when `[central]` is off or from an older hubd.
    public var central: CentralSyncStatus?

    public init(
        hub: String, version: String, pid: Int32, startedAt: Date, configSource: String, database: String,
        synchronous: Int, staff: StaffSession?, devices: [Device], parcelsToday: Int, unassigned: Int, overdue: Int,
        unknownPassTaps: [PassTapNotice] = [], waitingForTap: [String] = [], payment: PaymentDeskStatus? = nil,
        stock: StockStatus? = nil, storage: StorageHealth? = nil, central: CentralSyncStatus? = nil
    ) {
        self.central = central
        self.hub = hub
        self.version = version
        self.pid = pid
        self.startedAt = startedAt
        self.configSource = configSource
        self.database = database
        self.synchronous = synchronous
        self.staff = staff
        self.devices = devices
        self.parcelsToday = parcelsToday
        self.unassigned = unassigned
        self.overdue = overdue
        self.unknownPassTaps = unknownPassTaps
        self.waitingForTap = waitingForTap
        self.payment = payment
        self.stock = stock
        self.storage = storage
    }
}
